//! Decoding, once per page: bytes to UTF-8 (BOM, HTTP charset, `<meta>` prescan,
//! then chardetng only for pages that are neither valid UTF-8 nor labelled), and
//! HTML to text blocks with their HTML context (one streaming pass, `crate::html`).
//! Scripts, styles, navigation, footers, cookie banners and blocks marked as related
//! vacancies are cut here, so no stage ever sees them.

use encoding_rs::Encoding;
use scraper::Html;

use crate::record::{ContentHint, Document};

/// What kind of element a text block came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// `h1`..`h6`; the level is in `Block::level`.
    Heading,
    /// A list item, or a bulleted line of a text page.
    Item,
    /// `dt` / `th`: a label cell.
    Label,
    /// `dd` / `td`: a value cell.
    Value,
    /// Any other block: a paragraph, a div, a line of a text page.
    Para,
}

/// One block of visible text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub text: String,
    pub kind: BlockKind,
    /// Heading level 1..=6, 0 for other blocks.
    pub level: u8,
}

/// A decoded page: visible text blocks plus what the `<head>` and scripts carry.
pub struct Page {
    pub is_html: bool,
    pub blocks: Vec<Block>,
    pub title_tag: Option<String>,
    /// `<meta name|property|itemprop=... content=...>`, names lower-cased.
    pub meta: Vec<(String, String)>,
    /// Raw contents of `<script type="application/ld+json">` blocks.
    pub json_ld: Vec<String>,
    pub canonical: Option<String>,
    /// The decoded HTML, kept so that site profiles with CSS selectors can parse a DOM.
    pub html: Option<String>,
    /// Deepest element nesting of the HTML.
    pub max_depth: usize,
    /// Name of the encoding the page was decoded with.
    pub encoding: &'static str,
    /// Cookie or consent containers that were cut.
    pub consent_blocks: usize,
    /// Distinct links to vacancy pages in the visible text: many mean a listing.
    pub vacancy_links: usize,
}

/// Nesting past which no DOM is built: tree construction is quadratic on such
/// pages, and no real vacancy page comes near it.
pub const MAX_DOM_DEPTH: usize = 512;

impl Page {
    /// The page as a DOM, for CSS selectors; `None` for text pages and for pages
    /// nested deeper than [`MAX_DOM_DEPTH`].
    pub fn dom(&self) -> Option<Html> {
        let html = self.html.as_deref()?;
        (self.max_depth <= MAX_DOM_DEPTH).then(|| Html::parse_document(html))
    }

    pub fn meta(&self, name: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.trim().is_empty())
    }
}

/// Why a document could not be decoded into a page.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("binary content ({0}), not a page")]
    Binary(&'static str),
    #[error("no visible text after decoding")]
    NoText,
}

/// Turns bytes into UTF-8 text, choosing the encoding as a browser would, but trusting
/// valid UTF-8 over a label (mislabelled UTF-8 pages are common; the reverse is rare).
/// A UTF-8 page with a few bad bytes stays UTF-8 (see [`repair_utf8`]). Control
/// characters other than white space become spaces: they are never text.
pub fn decode_text(
    bytes: &[u8],
    http_charset: Option<&str>,
    is_html: bool,
) -> (String, &'static Encoding) {
    let (text, enc) = decode_bytes(bytes, http_charset, is_html);
    let text = match strip_controls(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(clean) => clean,
    };
    (text, enc)
}

fn decode_bytes(
    bytes: &[u8],
    http_charset: Option<&str>,
    is_html: bool,
) -> (String, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), encoding_rs::UTF_8);
    }
    if let Some(text) = repair_utf8(bytes) {
        return (text, encoding_rs::UTF_8);
    }
    let label = http_charset
        .and_then(|c| Encoding::for_label(c.as_bytes()))
        .or_else(|| if is_html { meta_charset(bytes) } else { None })
        .filter(|e| {
            *e != encoding_rs::UTF_8 && *e != encoding_rs::UTF_16LE && *e != encoding_rs::UTF_16BE
        });
    let enc = label.unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(Some(b"nl"), chardetng::Utf8Detection::Allow)
    });
    let (text, _, _) = enc.decode(bytes);
    (text.into_owned(), enc)
}

/// Reads bytes that are mostly UTF-8 as UTF-8: when the page has more valid
/// multi-byte sequences (é, €, ë) than invalid ones, the invalid ones are damage, not
/// a sign of another encoding. A lone bad byte is read as windows-1252 (a pasted
/// Latin-1 `é`), a truncated sequence becomes U+FFFD. None for pages that are not
/// mostly UTF-8: those go to the label and to detection.
pub fn repair_utf8(bytes: &[u8]) -> Option<String> {
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if multibyte <= invalid {
        return None;
    }
    let mut out = String::with_capacity(bytes.len() + invalid * 2);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        match chunk.invalid() {
            [] => {}
            byte @ [_] => {
                let (c, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(byte);
                out.push_str(&c);
            }
            _ => out.push('\u{fffd}'),
        }
    }
    Some(out)
}

/// A control character that is not white space (NUL, ESC, BEL, DEL, C1 controls).
fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')
}

/// True when `text` holds a stray control character. A byte scan: C0 controls and
/// DEL are single bytes, C1 controls are `C2 80..=9F` in UTF-8, and no other
/// sequence contains those bytes, so no character needs decoding.
fn has_stray_control(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Branch-free over each chunk, so that the compiler vectorises it.
    let c0 = bytes.chunks(256).any(|chunk| {
        chunk.iter().fold(false, |seen, &b| {
            let c0 = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0c);
            seen | c0 | (b == 0x7f)
        })
    });
    c0 || memchr::memchr_iter(0xc2, bytes).any(|i| {
        bytes
            .get(i + 1)
            .is_some_and(|&b| (0x80..=0x9f).contains(&b))
    })
}

/// The text with every control character that is not white space replaced by a
/// space; borrowed when there is none.
pub fn strip_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !has_stray_control(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| if is_stray_control(c) { ' ' } else { c })
            .collect(),
    )
}

/// The charset a `<meta>` tag in the first 4 KiB declares.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"charset") {
        let at = from + i + b"charset".len();
        from = at;
        let rest = &lower[at..];
        let rest = rest.trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/'))
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..end]) {
            return Some(enc);
        }
    }
    None
}

/// Recognises binary files that carry a page's name.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 8] = [
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"\x1f\x8b", "gzip data"),
        (b"\x28\xb5\x2f\xfd", "zstd data"),
        (b"RIFF", "RIFF media"),
    ];
    if let Some((_, name)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(name);
    }
    let head = &bytes[..bytes.len().min(8192)];
    // UTF-16 text has NULs too, but it starts with a BOM.
    if Encoding::for_bom(head).is_none() && memchr::memchr(0, head).is_some() {
        let controls = head
            .iter()
            .filter(|&&b| b < 9 || (b > 13 && b < 32))
            .count();
        if controls * 20 > head.len() {
            return Some("control bytes");
        }
    }
    None
}

/// Decodes a document into a page.
pub fn decode(doc: &Document) -> Result<Page, DecodeError> {
    if doc.bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(kind) = sniff_binary(&doc.bytes) {
        return Err(DecodeError::Binary(kind));
    }
    let is_html = match doc.hint {
        ContentHint::Html => true,
        ContentHint::Text => looks_like_html(&doc.bytes),
    };
    let (text, enc) = decode_text(&doc.bytes, doc.http_charset.as_deref(), is_html);
    let page = if is_html {
        html_page_owned(text, enc.name())
    } else {
        text_page(&text, enc.name())
    };
    // An HTML page whose only text was a consent dialog is a cookie wall: that is
    // for classification to say, so it gets through.
    if page.blocks.is_empty()
        && page.json_ld.is_empty()
        && page.consent_blocks == 0
        && page.title_tag.is_none()
    {
        return Err(DecodeError::NoText);
    }
    Ok(page)
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes[..bytes.len().min(1024)]
        .trim_ascii_start()
        .to_ascii_lowercase();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

/// Collapses runs of white space (including no-break spaces) to one space and trims.
pub fn clean_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A text rendering: one block per non-empty line; bulleted lines become items.
pub fn text_page(text: &str, encoding: &'static str) -> Page {
    let mut blocks = Vec::new();
    for line in text.lines() {
        let t = clean_space(line);
        if t.is_empty() {
            continue;
        }
        let (kind, t) = match t.strip_prefix(['•', '·', '*', '-', '–', '▪', '◦']) {
            Some(rest) if rest.starts_with(' ') => (BlockKind::Item, rest.trim_start().to_string()),
            _ => (BlockKind::Para, t),
        };
        if !t.is_empty() {
            blocks.push(Block {
                text: t,
                kind,
                level: 0,
            });
        }
    }
    Page {
        is_html: false,
        blocks,
        title_tag: None,
        meta: Vec::new(),
        json_ld: Vec::new(),
        canonical: None,
        html: None,
        max_depth: 0,
        encoding,
        consent_blocks: 0,
        vacancy_links: 0,
    }
}

/// Scans HTML into a page (see `crate::html`).
pub fn html_page(html: &str, encoding: &'static str) -> Page {
    html_page_owned(html.to_string(), encoding)
}

fn html_page_owned(html: String, encoding: &'static str) -> Page {
    let scan = crate::html::scan(&html);
    Page {
        is_html: true,
        blocks: scan.blocks,
        title_tag: scan.title_tag,
        meta: scan.meta,
        json_ld: scan.json_ld,
        canonical: scan.canonical,
        html: Some(html),
        max_depth: scan.max_depth,
        encoding,
        consent_blocks: scan.consent_blocks,
        vacancy_links: scan.vacancy_links,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_utf8_wins_over_a_wrong_label() {
        let (text, enc) = decode_text("caf\u{e9}".as_bytes(), Some("windows-1252"), true);
        assert_eq!(text, "caf\u{e9}");
        assert_eq!(enc, encoding_rs::UTF_8);
    }

    #[test]
    fn windows_1252_from_meta_and_from_detection() {
        let html = b"<html><head><meta charset=\"windows-1252\"></head><body>\x80 3.662 caf\xe9</body></html>";
        let (text, enc) = decode_text(html, None, true);
        assert_eq!(enc, encoding_rs::WINDOWS_1252);
        assert!(text.contains("\u{20ac} 3.662 caf\u{e9}"));
        let unlabelled = b"<p>Wij zoeken een co\xf6rdinator voor het caf\xe9, salaris \x80 3.000 per maand, re\xebel en ge\xefnteresseerd.</p>";
        let (text, _) = decode_text(unlabelled, None, true);
        assert!(text.contains("co\u{f6}rdinator"), "{text}");
    }

    #[test]
    fn a_utf8_page_with_a_few_bad_bytes_stays_utf8() {
        let page =
            "<p>Caf\u{e9}, \u{e9}\u{e9}n jaar, \u{20ac} 3.000, co\u{f6}rdinator</p>".as_bytes();
        let mut bad = page[..3].to_vec();
        bad.extend_from_slice(b"Caf\xe9 \xe2\x82 ");
        bad.extend_from_slice(&page[3..]);
        let (text, enc) = decode_text(&bad, Some("utf-8"), true);
        assert_eq!(enc, encoding_rs::UTF_8);
        assert!(
            text.starts_with("<p>Caf\u{e9} \u{fffd} Caf\u{e9}, \u{e9}\u{e9}n jaar"),
            "{text}"
        );
        assert!(text.contains("\u{20ac} 3.000, co\u{f6}rdinator"), "{text}");
        // Without valid multi-byte text it is another encoding.
        assert_eq!(repair_utf8(b"Caf\xe9 co\xf6rdinator"), None);
    }

    #[test]
    fn control_characters_become_spaces() {
        let (text, _) = decode_text(
            b"Dit\x00is\x01een\ttekst\x1bmet\x7fstuur\r\ntekens",
            None,
            false,
        );
        assert_eq!(text, "Dit is een\ttekst met stuur\r\ntekens");
        assert!(matches!(
            strip_controls("gewoon\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(strip_controls("a\u{85}b\u{9f}c"), "a b c");
    }

    proptest::proptest! {
        /// The byte scan finds a stray control exactly when a character scan does
        /// (C1 controls are two bytes in UTF-8; é and other `C2`/`C3` letters are not
        /// controls).
        #[test]
        fn byte_scan_agrees_with_char_scan(s in "(\\PC|[\\x00-\\x1f\\x7f-\\u{a0}é€ÿ]){0,40}") {
            proptest::prop_assert_eq!(has_stray_control(&s), s.chars().any(is_stray_control));
        }
    }

    #[test]
    fn http_charset_is_used_for_unlabelled_bytes() {
        let (text, _) = decode_text(b"\x80 100", Some("windows-1252"), true);
        assert_eq!(text, "\u{20ac} 100");
    }

    #[test]
    fn html_blocks_skip_chrome_and_keep_structure() {
        let html = r#"<html><head><title>Job - Site</title><script>var x = "Salaris 9999";</script>
            <script type="application/ld+json">{"@type":"JobPosting"}</script></head>
            <body><nav>Home Vacatures</nav><div class="cookie-banner">Wij gebruiken cookies</div>
            <h1>Beleidsmedewerker</h1><ul><li>32 uur</li><li><span>Schaal</span><span>10</span></li></ul>
            <dl><dt>Plaats</dt><dd>Utrecht</dd></dl>
            <section class="related-jobs"><h2>Andere vacatures</h2><p>40 uur</p></section>
            <footer>Contact</footer></body></html>"#;
        let page = html_page(html, "UTF-8");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Beleidsmedewerker",
                "32 uur",
                "Schaal 10",
                "Plaats",
                "Utrecht"
            ]
        );
        assert_eq!(page.blocks[0].kind, BlockKind::Heading);
        assert_eq!(page.blocks[0].level, 1);
        assert_eq!(page.blocks[3].kind, BlockKind::Label);
        assert_eq!(page.title_tag.as_deref(), Some("Job - Site"));
        assert_eq!(page.json_ld.len(), 1);
    }

    #[test]
    fn binary_is_recognised() {
        assert_eq!(sniff_binary(b"%PDF-1.4 ..."), Some("PDF"));
        assert_eq!(sniff_binary(b"<html>"), None);
        assert!(sniff_binary(&[0u8, 1, 2, 3, 0, 5, 6, 7, 0, 0, 0, 1]).is_some());
    }

    #[test]
    fn text_pages_mark_bullets() {
        let page = text_page("Titel\n • Den Haag\n\n • 40 uur\n", "UTF-8");
        assert_eq!(page.blocks.len(), 3);
        assert_eq!(page.blocks[1].kind, BlockKind::Item);
        assert_eq!(page.blocks[1].text, "Den Haag");
    }
}
