//! A net under the reading of one report: a panic (a fault of ours on text nobody here
//! wrote) becomes an error for that report, and the rest of the batch goes on.

use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs `f`; a panic comes back as its message.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // The closures given here own or only read their input: nothing half-written survives.
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| panic_message(payload.as_ref()))
}

/// The text a panic was raised with.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown fault".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(catch(|| 2 + 2), Ok(4));
        let text = "Perú";
        let cut = 4; // inside 'ú'
        let err = catch(|| text[..cut].len()).unwrap_err();
        assert!(err.contains("char boundary"), "{err}");
        assert_eq!(catch(|| -> u8 { panic!("fault {}", 7) }), Err("fault 7".to_string()));
    }
}
