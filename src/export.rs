pub use crate::cli::figures_csv;
pub use crate::compare::series::series_csv;
pub use crate::compare::{report_csv, report_markdown};
