//! Command-line interface: flags and pipeline.toml become one validated set of run
//! options before any work starts; every failure names the file and the problem, and
//! exit codes are honest: 0 ok, 1 finished but too many pages failed, 2 could not run.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use vacex_core::config::Config;
use vacex_core::pipeline::{self, RunOptions, Shard};
use vacex_core::sink::schema::{describe, Table};

use crate::progress::RunProgress;

/// Scraped job-vacancy pages in, deduplicated Parquet tables out.
#[derive(Parser)]
#[command(name = "vacex", version, about, long_about = None)]
struct Cli {
    /// Only warnings and errors on stderr; no progress.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Debug logging.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the nightly pipeline over a corpus and publish the night's tables.
    Run {
        /// Config file (default: the built-in pipeline.toml).
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// The night this run is for (YYYY-MM-DD; default: the config's, else today in UTC).
        #[arg(long)]
        run_date: Option<NaiveDate>,
        /// Output directory (default: the config's run.output_dir).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Worker threads (default: the config's run.threads; 0 = one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// Process only shard i of N (`i/N`); the vacancies table is then built by `vacex merge`.
        #[arg(long)]
        shard: Option<String>,
        /// Do not rebuild the vacancies table after this run.
        #[arg(long)]
        no_merge: bool,
        /// Directories, page files (.html/.htm/.txt, optionally .gz/.zst), JSONL or WARC files.
        inputs: Vec<PathBuf>,
    },
    /// Extract the fields of pages and print one JSON object a page (keys as fields.md).
    Extract {
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Add the stage of each field and the reason of each reject.
        #[arg(long)]
        explain: bool,
        /// Print each page's main text as the text rules see it (block kind | text) instead.
        #[arg(long)]
        lines: bool,
        paths: Vec<PathBuf>,
    },
    /// Rebuild the vacancies table from all observations in an output directory.
    Merge {
        #[arg(long, short)]
        config: Option<PathBuf>,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Check a config file and list every problem.
    Validate {
        /// The config to check (default: ./pipeline.toml).
        config: Option<PathBuf>,
    },
    /// Print the output tables' columns with their types and meaning.
    Schema,
    /// Print the first rows of a Parquet file.
    Head {
        /// Rows to show.
        #[arg(short = 'n', long, default_value_t = 10)]
        rows: usize,
        /// Comma-separated columns to show (default: all).
        #[arg(long, value_delimiter = ',')]
        columns: Vec<String>,
        path: PathBuf,
    },
}

/// An error that means the run could not be done: exit code 2.
fn fail(err: anyhow::Error) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "vacex: error: {}", error_message(&err));
    ExitCode::from(2)
}

/// The error and its causes on one line, each cause once: many errors (ours and the
/// parquet crate's) already show their source in their own message and also return
/// it as `source()`, so `{:#}` would print the same cause two or three times.
fn error_message(err: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if message.is_empty() {
            message = text;
        } else if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
    }
    message
}

fn load_config(path: Option<&PathBuf>) -> Result<Config> {
    match path {
        Some(p) => Ok(Config::load(p)?),
        None => Ok(Config::default_shipped()),
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    crate::logging::init(cli.quiet, cli.verbose);
    match cli.command {
        Command::Run {
            config,
            run_date,
            out,
            threads,
            shard,
            no_merge,
            inputs,
        } => {
            match run(
                config, run_date, out, threads, shard, no_merge, inputs, cli.quiet,
            ) {
                Ok(code) => code,
                Err(e) => fail(e),
            }
        }
        Command::Extract {
            config,
            explain,
            lines,
            paths,
        } => match if lines {
            print_lines(config, paths)
        } else {
            extract(config, explain, paths)
        } {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(e),
        },
        Command::Merge { config, out } => match merge(config, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(e),
        },
        Command::Validate { config } => validate(config),
        Command::Schema => {
            print_schema();
            ExitCode::SUCCESS
        }
        Command::Head {
            rows,
            columns,
            path,
        } => match vacex_core::sink::preview::head(&path, rows, &columns) {
            Ok(table) => {
                println!("{table}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(anyhow::anyhow!(e)),
        },
    }
}

#[allow(clippy::too_many_arguments)]
fn run(
    config_path: Option<PathBuf>,
    run_date: Option<NaiveDate>,
    out: Option<PathBuf>,
    threads: Option<usize>,
    shard: Option<String>,
    no_merge: bool,
    inputs: Vec<PathBuf>,
    quiet: bool,
) -> Result<ExitCode> {
    let config = load_config(config_path.as_ref())?;
    let run_date = match run_date {
        Some(d) => d,
        None if !config.run.run_date.is_empty() => {
            NaiveDate::parse_from_str(&config.run.run_date, "%Y-%m-%d")?
        }
        None => chrono::Utc::now().date_naive(),
    };
    let shard = match shard {
        Some(s) => Shard::parse(&s).map_err(anyhow::Error::msg)?,
        None => Shard::WHOLE,
    };
    let inputs = if inputs.is_empty() {
        config.run.inputs.clone()
    } else {
        inputs
    };
    if inputs.is_empty() {
        anyhow::bail!("no inputs: name them on the command line or in run.inputs");
    }
    let threads = threads.unwrap_or(config.run.threads);
    let options = RunOptions {
        inputs,
        output_dir: out.unwrap_or_else(|| config.run.output_dir.clone()),
        run_date,
        threads,
        shard,
        merge: !no_merge,
        release_thread_memory: Some(crate::release_thread_memory),
    };
    tracing::info!(run_date = %options.run_date, out = %options.output_dir.display(), shard = %shard.label(), "starting run");
    let progress = RunProgress::new(quiet);
    let report = pipeline::run(&config, &options, &progress).context("run failed")?;
    let reasons: Vec<String> = report
        .rejects_by_reason
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(r, n)| format!("{r}={n}"))
        .collect();
    tracing::info!(
        pages = report.pages_read,
        observations = report.observations,
        rejects = report.rejects,
        reasons = %reasons.join(" "),
        seconds = format!("{:.2}", report.timings.wall_ms as f64 / 1000.0),
        "run finished"
    );
    if let Some(v) = &report.vacancies {
        tracing::info!(
            observations = v.observations,
            vacancies = v.vacancies,
            nights = v.nights,
            "vacancies rebuilt"
        );
    }
    for (table, path) in &report.outputs {
        tracing::info!("{table}: {path}");
    }
    if report.status != "ok" {
        tracing::error!(
            failed = report.failed,
            pages = report.pages_read,
            limit = config.run.max_failed_fraction,
            "too many pages failed ({:.1}%)",
            report.failed_fraction() * 100.0
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn extract(config_path: Option<PathBuf>, explain: bool, paths: Vec<PathBuf>) -> Result<()> {
    if paths.is_empty() {
        anyhow::bail!("name at least one page, directory, JSONL or WARC file");
    }
    let config = load_config(config_path.as_ref())?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut write_error = None;
    pipeline::extract_paths(
        &config,
        &paths,
        chrono::Utc::now().date_naive(),
        |outcome| {
            let object = vacex_core::sink::jsonl::contract_object(&outcome, explain);
            if write_error.is_none() {
                if let Err(e) = writeln!(out, "{object}") {
                    write_error = Some(e);
                }
            }
        },
    )?;
    if let Some(e) = write_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    out.flush().ok();
    Ok(())
}

fn print_lines(config_path: Option<PathBuf>, paths: Vec<PathBuf>) -> Result<()> {
    let config = load_config(config_path.as_ref())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    pipeline::read_paths(&config, &paths, chrono::Utc::now().date_naive(), |item| {
        let _ = match item {
            Ok(doc) => match pipeline::main_text_lines(&config, &doc) {
                Ok(lines) => writeln!(out, "## {}\n{}", doc.doc_id, lines.join("\n")),
                Err(e) => writeln!(out, "## {}\n# not decoded: {e}", doc.doc_id),
            },
            Err(reject) => writeln!(out, "## {}\n# not read: {}", reject.doc_id, reject.detail),
        };
    })?;
    Ok(())
}

fn merge(config_path: Option<PathBuf>, out: Option<PathBuf>) -> Result<()> {
    let config = load_config(config_path.as_ref())?;
    let out = out.unwrap_or_else(|| config.run.output_dir.clone());
    if !out.join("observations").is_dir() {
        anyhow::bail!("{}: no observations table here", out.display());
    }
    let summary =
        vacex_core::merge::rebuild_releasing(&out, &config, Some(crate::release_thread_memory))?;
    tracing::info!(
        nights = summary.nights,
        observations = summary.observations,
        vacancies = summary.vacancies,
        path = %vacex_core::merge::vacancies_path(&out).display(),
        "vacancies rebuilt"
    );
    Ok(())
}

fn validate(path: Option<PathBuf>) -> ExitCode {
    let path = path.unwrap_or_else(|| PathBuf::from("pipeline.toml"));
    match Config::load(&path) {
        Ok(config) => {
            println!(
                "{}: ok ({} site profiles, stages: {})",
                path.display(),
                config.sites.len(),
                config.stages.order.join(" > ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{e}");
            ExitCode::from(2)
        }
    }
}

fn print_schema() {
    for table in Table::ALL {
        println!(
            "{} (schema version {})",
            table.name(),
            vacex_core::SCHEMA_VERSION
        );
        for field in table.schema().fields() {
            let ty = match field.data_type() {
                arrow_type @ arrow::datatypes::DataType::Dictionary(_, v) => {
                    format!("dictionary<{v}> ({arrow_type})")
                }
                other => other.to_string(),
            };
            println!(
                "  {:<22} {:<40} {}",
                field.name(),
                ty,
                describe(table, field.name()).unwrap_or("")
            );
        }
        println!();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vacex_core::sink::parquet::SinkError;

    fn too_large() -> std::io::Error {
        std::io::Error::from_raw_os_error(27)
    }

    #[test]
    fn a_cause_already_in_the_message_is_shown_once() {
        let parquet = parquet::errors::ParquetError::External(Box::new(too_large()));
        let err = anyhow::Error::from(pipeline::PipelineError::Sink(SinkError::Parquet {
            path: PathBuf::from("out/observations.parquet"),
            source: parquet,
        }));
        let chained = format!("{err:#}");
        let cause = too_large().to_string();
        assert!(
            chained.matches(&cause).count() > 1,
            "the chain repeats the cause: {chained}"
        );
        let message = error_message(&err);
        assert_eq!(message.matches(&cause).count(), 1, "{message}");
        assert!(
            message.starts_with("cannot write Parquet out/observations.parquet: "),
            "{message}"
        );
    }

    #[test]
    fn causes_not_in_the_message_are_all_shown_in_order() {
        let err = anyhow::Error::from(too_large())
            .context("reading pages.jsonl.gz")
            .context("input corpus");
        assert_eq!(
            error_message(&err),
            format!("input corpus: reading pages.jsonl.gz: {}", too_large())
        );
    }
}
