//! Command-line interface: `counterpoint [FILE]` opens the window,
//! `counterpoint analyze FILE…` prints the analysis. The only module that
//! prints to standard output.
//!
//! One file gives one report (pretty JSON or Markdown). Several files, or a
//! folder, give one report per article, analysed in parallel and printed in
//! path order: JSON Lines, or Markdown reports separated by `---`.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::document::{Document, LoadError};
use crate::{batch, engine, report};

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
    /// Analyse articles and print their speakers, quotes and contradictions.
    ///
    /// With several files or a folder, prints one report per article in path
    /// order (JSON Lines, or Markdown separated by `---`) and exits 1 if any
    /// file could not be analysed.
    Analyze {
        /// Article files (text in any common encoding, Markdown, a saved web page or .docx)
        /// or folders of them (.txt .md .markdown .html .htm .docx, searched recursively).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
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
        Some(Command::Analyze {
            files,
            json,
            format,
        }) => {
            let format = if json { OutputFormat::Json } else { format };
            let inputs = batch::collect(&files);
            match inputs.files.as_slice() {
                [file] if inputs.is_single_file() => analyze_file(file, format),
                _ => analyze_batch(&inputs, format),
            }
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

/// Analyses one file and prints its report as the whole output.
fn analyze_file(file: &Path, format: OutputFormat) -> ExitCode {
    match render(file, format, false) {
        Ok(out) => {
            // A closed pipe (e.g. `| head`) is not an error worth a message.
            let _ = writeln!(std::io::stdout().lock(), "{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("counterpoint: {e}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// How many articles are analysed between two writes to standard output:
/// enough to keep every core busy, few enough to keep memory flat.
const BATCH_CHUNK: usize = 256;

/// Analyses many files in parallel and prints one report per article in
/// path order; a file that cannot be read gets one line on stderr and the
/// rest go on. Exit code 1 if anything failed.
fn analyze_batch(inputs: &batch::Inputs, format: OutputFormat) -> ExitCode {
    let mut failed = !inputs.errors.is_empty();
    for message in &inputs.errors {
        eprintln!("counterpoint: {message}");
    }
    let progress = progress_bar(inputs.files.len());
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut first = true;
    for chunk in inputs.files.chunks(BATCH_CHUNK) {
        let rendered: Vec<Result<String, LoadError>> = chunk
            .par_iter()
            .map(|file| {
                let out = render(file, format, true);
                progress.inc(1);
                out
            })
            .collect();
        for result in rendered {
            match result {
                Ok(out) => {
                    let separator = if first || format == OutputFormat::Json {
                        ""
                    } else {
                        "---\n\n"
                    };
                    first = false;
                    if writeln!(stdout, "{separator}{out}").is_err() {
                        // A closed pipe (e.g. `| head`): nobody reads the rest.
                        progress.finish_and_clear();
                        return exit_code(failed);
                    }
                }
                Err(e) => {
                    failed = true;
                    progress.suspend(|| eprintln!("counterpoint: {e}"));
                }
            }
        }
        if stdout.flush().is_err() {
            progress.finish_and_clear();
            return exit_code(failed);
        }
    }
    progress.finish_and_clear();
    exit_code(failed)
}

/// Loads, analyses and renders one article; `compact` JSON is one line.
fn render(file: &Path, format: OutputFormat, compact: bool) -> Result<String, LoadError> {
    let doc = Document::load(file)?;
    let analysis = engine::analyze(&doc);
    Ok(match format {
        OutputFormat::Json if compact => serde_json::to_string(&report::build(&doc, &analysis))
            .unwrap_or_else(|e| {
                // Serialising plain strings and numbers cannot fail; keep a valid object anyway.
                serde_json::json!({ "format": report::FORMAT, "error": e.to_string() }).to_string()
            }),
        OutputFormat::Json => report::to_json(&doc, &analysis),
        OutputFormat::Md => report::to_markdown(&doc, &analysis),
    })
}

/// A progress bar on stderr when stderr is a terminal; hidden otherwise, so
/// logs and pipes get only the error lines.
fn progress_bar(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}
