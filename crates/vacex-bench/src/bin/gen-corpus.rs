//! gen-corpus: writes a synthetic vacancy corpus for the throughput benchmark.
//!
//! ```text
//! gen-corpus --pages N --seed S --out DIR [--formats dir,jsonl.gz,warc.gz] [--nights K]
//! ```
//!
//! N pages a night, deterministic from the seed, in the requested shapes; with K > 1
//! nights under DIR/night-1, DIR/night-2, ... Also writes DIR/truth.tsv (doc_id or
//! WARC record id, vacancy group) for scoring deduplication, and DIR/manifest.json
//! (pages and HTML bytes per night) for turning run times into MB/s. Memory stays at
//! one page whatever N is.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use vacex_bench::output::{Format, NightWriter};
use vacex_bench::Spec;

const USAGE: &str =
    "usage: gen-corpus --pages N --seed S --out DIR [--formats dir,jsonl.gz,warc.gz] [--nights K]";

struct Args {
    pages: usize,
    seed: u64,
    out: PathBuf,
    formats: Vec<Format>,
    nights: u32,
}

fn parse_args() -> Result<Args, String> {
    let mut pages = None;
    let mut seed = 42;
    let mut out = None;
    let mut formats = vec![Format::Dir];
    let mut nights = 1;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--pages" => pages = Some(value()?.parse().map_err(|e| format!("--pages: {e}"))?),
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--nights" => nights = value()?.parse().map_err(|e| format!("--nights: {e}"))?,
            "--formats" => {
                formats = value()?
                    .split(',')
                    .map(|f| {
                        Format::parse(f)
                            .ok_or_else(|| format!("unknown format '{f}' (dir, jsonl.gz, warc.gz)"))
                    })
                    .collect::<Result<_, _>>()?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument '{other}'\n{USAGE}")),
        }
    }
    let pages = pages.ok_or_else(|| format!("--pages is required\n{USAGE}"))?;
    let out = out.ok_or_else(|| format!("--out is required\n{USAGE}"))?;
    if nights == 0 {
        return Err("--nights must be at least 1".into());
    }
    Ok(Args {
        pages,
        seed,
        out,
        formats,
        nights,
    })
}

fn run(args: &Args) -> std::io::Result<()> {
    std::fs::create_dir_all(&args.out)?;
    let spec = Spec::new(args.seed, args.pages, args.nights);
    let mut truth = BufWriter::new(std::fs::File::create(args.out.join("truth.tsv"))?);
    writeln!(truth, "doc_id\tgroup")?;
    let mut nights_json = Vec::new();
    // Pages at or after this (group, variant) were not on the previous night.
    let mut seen_until = (0u64, 0usize);
    for night in 1..=args.nights {
        let started = Instant::now();
        let dir = if args.nights == 1 {
            args.out.clone()
        } else {
            args.out.join(format!("night-{night}"))
        };
        let mut writer = NightWriter::create(&dir, &args.formats, args.seed, night)?;
        let mut pages = spec.night(night);
        let mut html_bytes = 0u64;
        let mut count = 0u64;
        for page in pages.by_ref() {
            writer.write(&page)?;
            html_bytes += page.html.len() as u64;
            count += 1;
            if night == 1 || (page.group, page.variant) >= seen_until {
                writeln!(truth, "{}\t{}", page.doc_id, page.group)?;
            }
            if args.formats.contains(&Format::WarcGz) {
                writeln!(
                    truth,
                    "{}\t{}",
                    page.warc_uuid(args.seed, night),
                    page.group
                )?;
            }
        }
        seen_until = pages.position();
        writer.finish()?;
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "night {night}: {count} pages, {:.1} MB of HTML in {} ({secs:.1} s)",
            html_bytes as f64 / 1e6,
            dir.display()
        );
        nights_json.push(serde_json::json!({
            "night": night,
            "dir": dir.display().to_string(),
            "pages": count,
            "html_bytes": html_bytes,
        }));
    }
    truth.flush()?;
    let manifest = serde_json::json!({
        "generator": "vacex-bench gen-corpus",
        "seed": args.seed,
        "pages_per_night": args.pages,
        "nights": nights_json,
        "formats": args.formats.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>(),
    });
    std::fs::write(
        args.out.join("manifest.json"),
        serde_json::to_vec_pretty(&manifest).map_err(std::io::Error::other)?,
    )?;
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-corpus: {e}");
            ExitCode::from(1)
        }
    }
}
