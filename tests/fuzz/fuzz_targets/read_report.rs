//! Any bytes, read as a text, Markdown or HTML report (the first byte picks which), then
//! analysed alone and beside a fixed report: nothing may panic, hang or overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax::pipeline::read_and_analyze(data);
});
