//! Command-line interface: `counterpoint [FILE]` opens the window,
//! `counterpoint analyze FILE…` prints the analysis. The only module that
//! prints to standard output.
//!
//! One file gives one report (pretty JSON, Markdown or a standalone HTML
//! page). Several files, or a folder, give one report per article, analysed
//! in parallel and printed in path order: JSON Lines, or Markdown reports
//! separated by `---`.
//!
//! Editors' corrections kept beside an article (`ARTICLE.counterpoint.json`)
//! are applied unless `--ignore-corrections` is given; a sidecar that cannot
//! be read, or corrections that cannot be placed, get a warning on stderr.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::corrections::{self, Corrected, Edits, sidecar};
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
        /// Output format (`html`: one standalone page, for one article only).
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
        /// Report the engine's analysis alone, without the editors' corrections
        /// kept beside the article (ARTICLE.counterpoint.json).
        #[arg(long)]
        ignore_corrections: bool,
    },
}

/// Report formats the CLI can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The `counterpoint-report/1` JSON object.
    Json,
    /// A readable Markdown summary.
    Md,
    /// A standalone HTML page: the article coloured by speaker, the sources and
    /// the contradictions (one article only).
    Html,
}

/// How to read an article for a report.
#[derive(Debug, Clone, Copy)]
struct Options {
    format: OutputFormat,
    /// One line of JSON per article (batches).
    compact: bool,
    ignore_corrections: bool,
}

/// A rendered report, and warnings about the corrections for stderr.
#[derive(Debug)]
struct Rendered {
    out: String,
    warnings: Vec<String>,
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
            ignore_corrections,
        }) => {
            let format = if json { OutputFormat::Json } else { format };
            let mut options = Options {
                format,
                compact: false,
                ignore_corrections,
            };
            let inputs = batch::collect(&files);
            match inputs.files.as_slice() {
                [file] if inputs.is_single_file() => analyze_file(file, options),
                _ if format == OutputFormat::Html => {
                    eprintln!(
                        "counterpoint: --format html makes one page for one article; give a single file"
                    );
                    ExitCode::from(EXIT_USAGE)
                }
                _ => {
                    options.compact = true;
                    analyze_batch(&inputs, options)
                }
            }
        }
        None => open_window(cli.file),
    }
}

/// Opens the window, on the given article if any.
#[cfg(feature = "gui")]
fn open_window(file: Option<PathBuf>) -> ExitCode {
    match crate::app::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("counterpoint: cannot open the window: {e}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// Without the `gui` feature there is no window: says so on one line.
#[cfg(not(feature = "gui"))]
fn open_window(_file: Option<PathBuf>) -> ExitCode {
    eprintln!(
        "counterpoint: this build has no window (built without the `gui` feature); use `counterpoint analyze FILE`"
    );
    ExitCode::from(EXIT_USAGE)
}

/// Analyses one file and prints its report as the whole output.
fn analyze_file(file: &Path, options: Options) -> ExitCode {
    match render(file, options) {
        Ok(Rendered { out, warnings }) => {
            for warning in warnings {
                eprintln!("counterpoint: {warning}");
            }
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
fn analyze_batch(inputs: &batch::Inputs, options: Options) -> ExitCode {
    let format = options.format;
    let mut failed = !inputs.errors.is_empty();
    for message in &inputs.errors {
        eprintln!("counterpoint: {message}");
    }
    let progress = progress_bar(inputs.files.len());
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut first = true;
    for chunk in inputs.files.chunks(BATCH_CHUNK) {
        let rendered: Vec<Result<Rendered, LoadError>> = chunk
            .par_iter()
            .map(|file| {
                let out = render(file, options);
                progress.inc(1);
                out
            })
            .collect();
        for result in rendered {
            match result {
                Ok(Rendered { out, warnings }) => {
                    for warning in warnings {
                        progress.suspend(|| eprintln!("counterpoint: {warning}"));
                    }
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

/// Loads, analyses, corrects (unless told not to) and renders one article.
fn render(file: &Path, options: Options) -> Result<Rendered, LoadError> {
    let doc = Document::load(file)?;
    let analysis = engine::analyze(&doc);
    let mut warnings = Vec::new();
    let corrected = if options.ignore_corrections {
        None
    } else {
        read_corrections(&doc, &analysis, &mut warnings)
    };
    let no_edits = Edits::default();
    let (analysis, edits) = match &corrected {
        Some(c) => (&c.analysis, &c.edits),
        None => (&analysis, &no_edits),
    };
    let out = match options.format {
        OutputFormat::Json if options.compact => {
            serde_json::to_string(&report::build_with(&doc, analysis, edits)).unwrap_or_else(|e| {
                // Serialising plain strings and numbers cannot fail; keep a valid object anyway.
                serde_json::json!({ "format": report::FORMAT, "error": e.to_string() }).to_string()
            })
        }
        OutputFormat::Json => report::to_json_with(&doc, analysis, edits),
        OutputFormat::Md => report::to_markdown_with(&doc, analysis, edits),
        OutputFormat::Html => report::to_html(&doc, analysis, edits),
    };
    Ok(Rendered { out, warnings })
}

/// The editors' corrections beside the article applied to `analysis`;
/// `None` when there are none or they cannot be read (with a warning; the
/// sidecar is left as it is).
fn read_corrections(
    doc: &Document,
    analysis: &engine::Analysis,
    warnings: &mut Vec<String>,
) -> Option<Corrected> {
    let path = sidecar::path_for(&doc.path);
    let stored = match sidecar::load(&path) {
        Ok(stored) => stored?,
        Err(e) => {
            warnings.push(format!(
                "{e}; reporting the analysis without corrections (the file is left as it is)"
            ));
            return None;
        }
    };
    let corrected = corrections::apply(&doc.text, analysis, &stored.corrections);
    for u in &corrected.edits.unplaced {
        warnings.push(format!(
            "{}: correction {} could not be placed ({}): {}",
            doc.path.display(),
            u.index + 1,
            u.reason,
            u.correction.edit.describe()
        ));
    }
    for d in &corrected.edits.dropped {
        warnings.push(format!(
            "{}: {}",
            doc.path.display(),
            d.describe(&doc.text, &corrected.analysis)
        ));
    }
    Some(corrected)
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
