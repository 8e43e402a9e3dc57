//! The `counterpoint` binary: parses flags, then runs `analyze` or the window.

use std::process::ExitCode;

fn main() -> ExitCode {
    counterpoint::cli::run()
}
