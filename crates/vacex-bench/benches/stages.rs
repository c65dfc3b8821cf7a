//! Per-stage throughput of vacex on generated pages (criterion, `Throughput::Bytes`
//! of HTML), so a change in one stage shows up as a number, and so the choice of HTML
//! path can be argued from measurements: decode (bytes -> Page), HTML -> blocks
//! alone, the full per-page processing, Parquet writing of observations, and the
//! scraper DOM parse + text against a streaming tokenizer (lol_html) on the same pages.
//!
//! Run with `cargo bench -p vacex-bench` (about a minute on 2 cores).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use lol_html::html_content::TextType;
use lol_html::{doc_text, HtmlRewriter, Settings};
use scraper::{ElementRef, Html};
use vacex_bench::Spec;
use vacex_core::config::Config;
use vacex_core::decode;
use vacex_core::pipeline::Processor;
use vacex_core::record::{ContentHint, Document, Observation, Outcome, SourceFormat};
use vacex_core::sink::parquet::TableWriter;
use vacex_core::sink::schema::{observations_batch, Table};

/// Pages per iteration: enough to mix all site styles and page sizes.
const PAGES: usize = 32;
/// Observation rows per Parquet write: the pipeline's writer buffers 4096.
const ROWS: usize = 4096;

fn documents() -> Vec<Document> {
    Spec::new(2025, PAGES, 1)
        .night(1)
        .map(|p| Document {
            source: format!("bench/{}.html", p.doc_id),
            doc_id: p.doc_id,
            format: SourceFormat::File,
            url: None,
            fetched_at: None,
            http_charset: None,
            hint: ContentHint::Html,
            bytes: p.html.into_bytes(),
        })
        .collect()
}

fn total_bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.bytes.len() as u64).sum()
}

/// Visible text with scraper: a DOM parse, then the text nodes outside
/// script/style/noscript/template.
fn scraper_text(html: &str) -> String {
    fn walk(el: ElementRef<'_>, out: &mut String) {
        for child in el.children() {
            if let Some(t) = child.value().as_text() {
                out.push_str(t);
            } else if let Some(e) = ElementRef::wrap(child) {
                if !matches!(
                    e.value().name(),
                    "script" | "style" | "noscript" | "template"
                ) {
                    walk(e, out);
                }
            }
        }
    }
    let dom = Html::parse_document(html);
    let mut out = String::with_capacity(html.len() / 8);
    walk(dom.root_element(), &mut out);
    out
}

/// Visible text with lol_html: a streaming tokenizer, no tree; text of raw-text
/// elements (script, style, noscript) has its own text type and is skipped.
fn lol_html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 8);
    {
        let mut rewriter = HtmlRewriter::new(
            Settings::new().append_document_content_handler(doc_text!(|t| {
                if t.text_type() == TextType::Data {
                    out.push_str(t.as_str());
                }
                Ok(())
            })),
            |_: &[u8]| {},
        );
        rewriter.write(html.as_bytes()).expect("lol_html write");
        rewriter.end().expect("lol_html end");
    }
    out
}

fn stages(c: &mut Criterion) {
    let docs = documents();
    let bytes = total_bytes(&docs);
    let texts: Vec<String> = docs
        .iter()
        .map(|d| String::from_utf8(d.bytes.clone()).expect("generated pages are UTF-8"))
        .collect();
    let config = Config::default_shipped();
    let processor = Processor::new(&config);

    // What the pages become, so a silent change (everything rejected) shows.
    let outcomes: Vec<Outcome> = docs
        .iter()
        .map(|d| processor.process(d.clone()).0)
        .collect();
    let observations: Vec<Observation> = outcomes
        .into_iter()
        .filter_map(|o| match o {
            Outcome::Observation(o) => Some(*o),
            Outcome::Reject(_) => None,
        })
        .collect();
    let visible: usize = texts.iter().map(|t| scraper_text(t).len()).sum();
    eprintln!(
        "stages: {PAGES} pages, {:.2} MB of HTML, {} observations, visible text {:.1} % of HTML (scraper) / {:.1} % (lol_html)",
        bytes as f64 / 1e6,
        observations.len(),
        100.0 * visible as f64 / bytes as f64,
        100.0 * texts.iter().map(|t| lol_html_text(t).len()).sum::<usize>() as f64 / bytes as f64,
    );
    assert!(
        !observations.is_empty(),
        "no generated page became an observation"
    );

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("decode", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(decode::decode(d).ok());
            }
        })
    });
    g.bench_function("html_page", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(decode::html_page(t, "UTF-8"));
            }
        })
    });
    g.bench_function("process", |b| {
        b.iter_batched(
            || docs.clone(),
            |docs| {
                for d in docs {
                    black_box(processor.process(d));
                }
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();

    // Parquet: 4096 observation rows per file, as the writer thread buffers them.
    let rows: Vec<Observation> = (0..ROWS)
        .map(|i| {
            let mut o = observations[i % observations.len()].clone();
            o.doc_id = format!("{}-{i}", o.doc_id);
            o
        })
        .collect();
    let row_bytes: u64 = rows.iter().map(|o| o.page_bytes).sum();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("observations.parquet");
    let mut g = c.benchmark_group("write");
    g.throughput(Throughput::Bytes(row_bytes));
    g.bench_function("parquet_observations_4096_rows", |b| {
        b.iter(|| {
            let mut w = TableWriter::create(
                &path,
                Table::Observations,
                Table::Observations.schema(),
                &config.parquet,
            )
            .expect("create");
            w.write(&observations_batch(&rows)).expect("write");
            black_box(w.finish().expect("finish"));
        })
    });
    g.finish();

    let mut g = c.benchmark_group("html_text");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("scraper_parse_text", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(scraper_text(t));
            }
        })
    });
    g.bench_function("lol_html_text", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(lol_html_text(t));
            }
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the whole suite stays around a minute on 2 cores.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(800))
        .measurement_time(Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
