//! Command-line interface: `counterpoint [FILE]` opens the window,
//! `counterpoint analyze FILE` prints the analysis. The only module that
//! prints to standard output.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::document::Document;
use crate::{engine, report};

/// Counterpoint: who says what in a news article, and who contradicts whom.
#[derive(Debug, Parser)]
#[command(name = "counterpoint", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without a command, the reader window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article to open in the window (text in any common encoding, Markdown, a saved web page or .docx).
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse an article and print its speakers, quotes and contradictions.
    Analyze {
        /// The article file (text in any common encoding, Markdown, a saved web page or .docx).
        file: PathBuf,
        /// Print the JSON report (`counterpoint-report/1`); same as `--format json`.
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
}

/// Report formats the CLI can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The `counterpoint-report/1` JSON object.
    Json,
    /// A readable Markdown summary.
    Md,
}

/// Exit code for bad input (a file that cannot be analysed).
const EXIT_BAD_INPUT: u8 = 1;
/// Exit code for bad usage (unknown flags, missing arguments).
const EXIT_USAGE: u8 = 2;

/// Parses the command line and runs it; returns the process exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Some(Command::Analyze { file, json, format }) => {
            let format = if json { OutputFormat::Json } else { format };
            analyze_file(&file, format)
        }
        None => match crate::app::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("counterpoint: cannot open the window: {e}");
                ExitCode::from(EXIT_BAD_INPUT)
            }
        },
    }
}

fn analyze_file(file: &std::path::Path, format: OutputFormat) -> ExitCode {
    let doc = match Document::load(file) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("counterpoint: {e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let analysis = engine::analyze(&doc);
    let out = match format {
        OutputFormat::Json => report::to_json(&doc, &analysis),
        OutputFormat::Md => report::to_markdown(&doc, &analysis),
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{out}").is_err() {
        // A closed pipe (e.g. `| head`) is not an error worth a message.
        return ExitCode::SUCCESS;
    }
    ExitCode::SUCCESS
}
