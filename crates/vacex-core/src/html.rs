//! HTML to text blocks in one streaming pass. A tokenizer (lol_html) feeds start
//! tags, end tags and text to a small walker that keeps its own stack of open
//! elements: no tree is built, so the pass costs a few times less than a DOM parse
//! and stays linear on hostile nesting. The walker cuts invisible and boilerplate
//! subtrees, splits text into blocks by element kind, and collects what the head
//! and scripts carry: `<title>`, `<meta>`, canonical link, JSON-LD and microdata
//! (turned into JSON-LD so one stage reads both).
//!
//! A DOM is parsed only for site profiles with CSS selectors (see `extract::sites`).

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use lol_html::html_content::{Element, TextChunk, TextType};
use lol_html::{doc_text, element, HtmlRewriter, Settings};
use serde_json::{Map, Value};

use crate::decode::{clean_space, Block, BlockKind};

/// What one pass over an HTML document collects.
#[derive(Debug, Default)]
pub struct HtmlScan {
    pub blocks: Vec<Block>,
    pub title_tag: Option<String>,
    pub meta: Vec<(String, String)>,
    pub json_ld: Vec<String>,
    pub canonical: Option<String>,
    pub consent_blocks: usize,
    pub vacancy_links: usize,
    /// Deepest element nesting seen: DOM parsing is refused past a limit.
    pub max_depth: usize,
}

/// Scans an HTML document (already decoded to UTF-8).
pub fn scan(html: &str) -> HtmlScan {
    let walker = Rc::new(RefCell::new(Walker::default()));
    {
        let on_element = Rc::clone(&walker);
        let on_text = Rc::clone(&walker);
        let settings = Settings::new()
            .with_strict(false)
            .append_element_content_handler(element!("*", move |el: &mut Element| {
                let id = on_element.borrow_mut().start(el);
                if let Some(id) = id {
                    let on_end = Rc::clone(&on_element);
                    // Void elements cannot register an end handler; `start` closed them.
                    let _ = el.on_end_tag(lol_html::end_tag!(move |_| {
                        on_end.borrow_mut().end(id);
                        Ok(())
                    }));
                }
                Ok(())
            }))
            .append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
                on_text.borrow_mut().text(t);
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        // A tokenizer error leaves what was read so far, which is the best there is.
        if feed_without_code(&mut rewriter, html).is_ok() {
            let _ = rewriter.end();
        }
    }
    let walker = Rc::try_unwrap(walker)
        .map(RefCell::into_inner)
        .unwrap_or_else(|shared| std::mem::take(&mut *shared.borrow_mut()));
    walker.finish()
}

/// Feeds `html` to the tokenizer without the bodies of `<script>` (JSON-LD kept) and
/// `<style>` elements: they are most of a page's bytes and never visible text. The
/// elements' start and end tags still reach the walker, so what it sees is unchanged.
/// Comments are passed over whole, so a tag inside one is not taken for real.
fn feed_without_code<O: lol_html::OutputSink>(
    rewriter: &mut HtmlRewriter<'_, O>,
    html: &str,
) -> Result<(), lol_html::errors::RewritingError> {
    let bytes = html.as_bytes();
    let mut written = 0;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + offset;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            match memchr::memmem::find(&rest[3..], b"-->") {
                Some(end) => {
                    at = lt + 4 + end + 3;
                    continue;
                }
                None => break,
            }
        }
        let name: &[u8] = if starts_with_ignore_case(rest, b"script") {
            b"script"
        } else if starts_with_ignore_case(rest, b"style") {
            b"style"
        } else {
            at = lt + 1;
            continue;
        };
        if !matches!(
            rest.get(name.len()),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/')
        ) {
            at = lt + 1;
            continue;
        }
        let Some(tag_end) = start_tag_end(bytes, lt + 1 + name.len()) else {
            break;
        };
        let body = tag_end + 1;
        let Some(close) = find_end_tag(&bytes[body..], name).map(|i| body + i) else {
            break;
        };
        let json_ld = name == b"script" && contains_ignore_case(&bytes[lt..tag_end], b"ld+json");
        if !json_ld {
            rewriter.write(&bytes[written..body])?;
            written = close;
        }
        at = close + 2 + name.len();
    }
    rewriter.write(&bytes[written..])
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack.len() >= prefix.len() && haystack[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// The `>` that ends a start tag whose attributes begin at `from` (quoted attribute
/// values may hold a `>`).
fn start_tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'>' => return Some(i),
                _ => {}
            },
        }
    }
    None
}

/// Where `</name` (any case, followed by a delimiter) starts in `body`.
fn find_end_tag(body: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(body, b"</").find(|&i| {
        let after = &body[i + 2..];
        starts_with_ignore_case(after, name)
            && matches!(
                after.get(name.len()),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/') | None
            )
    })
}

/// The text of the first element matching each CSS selector (first with any text, in
/// document order), in one streaming pass. `None` when a selector is outside what the
/// tokenizer supports: the caller then builds a DOM.
pub fn select_texts(html: &str, selectors: &[&str]) -> Option<Vec<Option<String>>> {
    let parsed = selectors
        .iter()
        .map(|s| s.parse::<lol_html::Selector>().ok())
        .collect::<Option<Vec<_>>>()?;
    let state = Rc::new(RefCell::new(Selection {
        matches: (0..selectors.len())
            .map(|_| SelectorMatch::default())
            .collect(),
    }));
    {
        let mut settings = Settings::new().with_strict(false);
        for (i, selector) in parsed.into_iter().enumerate() {
            let on_element = Rc::clone(&state);
            let handlers =
                lol_html::ElementContentHandlers::default().element(move |el: &mut Element| {
                    let opened = on_element.borrow_mut().open(i);
                    if opened && el.can_have_content() {
                        let on_end = Rc::clone(&on_element);
                        el.on_end_tag(lol_html::end_tag!(move |_| {
                            on_end.borrow_mut().close(i);
                            Ok(())
                        }))?;
                    } else if opened {
                        on_element.borrow_mut().close(i);
                    }
                    Ok(())
                });
            settings = settings
                .append_element_content_handler((std::borrow::Cow::Owned(selector), handlers));
        }
        let on_text = Rc::clone(&state);
        settings = settings.append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
            if matches!(t.text_type(), TextType::Data | TextType::RCData) {
                on_text.borrow_mut().text(t.as_str(), t.last_in_text_node());
            }
            Ok(())
        }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        if rewriter.write(html.as_bytes()).is_ok() {
            let _ = rewriter.end();
        }
    }
    let mut selection = state.borrow_mut();
    Some(
        selection
            .matches
            .iter_mut()
            .map(|m| {
                if m.found.is_none() && m.depth > 0 {
                    m.depth = 1;
                    m.finish();
                }
                m.found.take()
            })
            .collect(),
    )
}

/// Matches of each selector being read by `select_texts`.
struct Selection {
    matches: Vec<SelectorMatch>,
}

#[derive(Default)]
struct SelectorMatch {
    /// Open matching elements (a match inside a match reads as part of the outer).
    depth: usize,
    text: String,
    found: Option<String>,
}

impl SelectorMatch {
    fn finish(&mut self) {
        self.depth -= 1;
        if self.depth == 0 {
            let text = clean_space(&unescape(&self.text));
            self.text.clear();
            if !text.is_empty() {
                self.found = Some(text);
            }
        }
    }
}

impl Selection {
    /// A matching element starts; false when its selector already has its value.
    fn open(&mut self, i: usize) -> bool {
        let m = &mut self.matches[i];
        if m.found.is_some() {
            return false;
        }
        m.depth += 1;
        true
    }

    fn close(&mut self, i: usize) {
        let m = &mut self.matches[i];
        if m.found.is_none() && m.depth > 0 {
            m.finish();
        }
    }

    fn text(&mut self, s: &str, last_in_node: bool) {
        for m in &mut self.matches {
            if m.depth > 0 && m.found.is_none() {
                m.text.push_str(s);
                if last_in_node {
                    m.text.push(' ');
                }
            }
        }
    }
}

/// One open element on the walker's stack.
#[derive(Debug)]
struct Open {
    /// Sequence number; increases up the stack, so an element is found by bisection.
    id: u32,
    name: String,
    block: bool,
    /// This element started a cut subtree.
    cut: bool,
    /// This element opened a microdata item.
    item: bool,
    /// Microdata properties whose value is this element's text, and where that text
    /// starts in `Walker::item_text`.
    text_props: Option<(Vec<String>, usize)>,
    title: bool,
    json_ld: bool,
}

/// A microdata item being read: its properties, and the property of the enclosing
/// item it is the value of.
#[derive(Debug)]
struct Item {
    props: Map<String, Value>,
    as_prop: Vec<String>,
}

#[derive(Debug, Default)]
struct Walker {
    stack: Vec<Open>,
    next_id: u32,
    /// Stack length at which the current cut began.
    cut_from: Option<usize>,
    current: String,
    kind: Option<BlockKind>,
    level: u8,
    out: HtmlScan,
    links: HashSet<String>,
    title_text: Option<String>,
    json_text: Option<String>,
    items: Vec<Item>,
    item_text: String,
    text_captures: usize,
    found_items: Vec<Value>,
}

/// Elements that never have content (no end tag).
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

impl Walker {
    fn cutting(&self) -> bool {
        self.cut_from.is_some()
    }

    /// A start tag. Returns the id to close the element with, or `None` for elements
    /// without content (which are closed here).
    fn start(&mut self, el: &Element) -> Option<u32> {
        let name = el.tag_name();
        self.close_implied(&name);
        let has_content = el.can_have_content() && !is_void(&name);
        self.out.max_depth = self.out.max_depth.max(self.stack.len() + 1);
        let mut open = Open {
            id: self.next_id,
            name: String::new(),
            block: false,
            cut: false,
            item: false,
            text_props: None,
            title: false,
            json_ld: false,
        };
        self.next_id = self.next_id.wrapping_add(1);
        let result = self.start_named(el, &name, &mut open, has_content);
        open.name = name;
        match result {
            Some(()) => {
                let id = open.id;
                self.stack.push(open);
                Some(id)
            }
            None => {
                self.close(open);
                None
            }
        }
    }

    /// The work of `start` for an element called `name`; `None` when the element has
    /// no content and must be closed at once.
    fn start_named(
        &mut self,
        el: &Element,
        name: &str,
        open: &mut Open,
        has_content: bool,
    ) -> Option<()> {
        // Inside cut chrome only a data block still counts, so only a script's
        // attributes are read there.
        let cutting = self.cutting();
        if cutting && name != "script" {
            return has_content.then_some(());
        }
        let attrs = Attrs::of(el);
        if name == "script" && attrs.is_json_ld() {
            // Data blocks count wherever they stand, even inside cut chrome.
            open.json_ld = true;
            self.json_text = Some(String::new());
        }
        if cutting {
            return has_content.then_some(());
        }
        match name {
            "title" if self.out.title_tag.is_none() && self.title_text.is_none() => {
                open.title = true;
                self.title_text = Some(String::new());
            }
            "meta" => {
                let key = attrs
                    .property
                    .as_deref()
                    .or(attrs.name.as_deref())
                    .or(attrs.itemprop.as_deref());
                if let (Some(k), Some(v)) = (key, attrs.content.as_deref()) {
                    self.out
                        .meta
                        .push((k.to_ascii_lowercase(), unescape(v.trim())));
                }
            }
            "time" => {
                let published = attrs
                    .itemprop
                    .as_deref()
                    .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                    || attrs
                        .class
                        .as_deref()
                        .is_some_and(|c| c.contains("published"));
                if let (true, Some(dt)) = (published, attrs.datetime.as_deref()) {
                    self.out
                        .meta
                        .push(("time:published".to_string(), dt.trim().to_string()));
                }
            }
            "a" => {
                if let Some(href) = attrs.href.as_deref().filter(|h| is_vacancy_link(h)) {
                    self.links.insert(href.to_string());
                }
            }
            "link"
                if self.out.canonical.is_none()
                    && attrs
                        .rel
                        .as_deref()
                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                self.out.canonical = attrs.href.as_deref().map(unescape);
            }
            _ => {}
        }
        if attrs.is_consent() {
            self.out.consent_blocks += 1;
        }
        if is_invisible_tag(name) || attrs.is_boilerplate(name) {
            open.cut = true;
            if has_content {
                self.cut_from = Some(self.stack.len());
            }
            return has_content.then_some(());
        }
        self.microdata(&attrs, name, open, has_content);
        if is_block_tag(name) {
            self.start_block(name);
            open.block = true;
        } else {
            self.current.push(' ');
        }
        has_content.then_some(())
    }

    /// Reads microdata: `itemscope` opens an item, `itemprop` takes a value from an
    /// attribute or, for other elements, from the element's text.
    fn microdata(&mut self, attrs: &Attrs, name: &str, open: &mut Open, has_content: bool) {
        let props: Vec<String> = attrs
            .itemprop
            .as_deref()
            .map(|p| p.split_ascii_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        if attrs.itemscope {
            let mut item = Map::new();
            if let Some(t) = attrs.itemtype.as_deref() {
                let kind = t
                    .split_ascii_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .to_string();
                if !kind.is_empty() {
                    item.insert("@type".into(), Value::String(kind));
                }
            }
            self.items.push(Item {
                props: item,
                as_prop: props,
            });
            // An item without content is closed at once by `close`.
            open.item = true;
            return;
        }
        if props.is_empty() || self.items.is_empty() {
            return;
        }
        let attr = match name {
            "meta" => &attrs.content,
            "a" | "area" | "link" => &attrs.href,
            "img" | "audio" | "embed" | "iframe" | "source" | "track" | "video" => &attrs.src,
            "object" => &attrs.data,
            "data" | "meter" => &attrs.value,
            "time" => &attrs.datetime,
            _ => &attrs.content,
        };
        match attr {
            Some(value) => {
                let value = Value::String(unescape(value.trim()));
                self.set_item_props(&props, value);
            }
            None if has_content => {
                open.text_props = Some((props, self.item_text.len()));
                self.text_captures += 1;
            }
            None => {}
        }
    }

    fn set_item_props(&mut self, props: &[String], value: Value) {
        let Some(item) = self.items.last_mut() else {
            return;
        };
        for prop in props {
            match item.props.get_mut(prop) {
                None => {
                    item.props.insert(prop.clone(), value.clone());
                }
                Some(Value::Array(values)) => values.push(value.clone()),
                Some(first) => {
                    let first = first.take();
                    item.props
                        .insert(prop.clone(), Value::Array(vec![first, value.clone()]));
                }
            }
        }
    }

    /// Closes elements the HTML rules close without an end tag, so that cut
    /// subtrees and list items end where a browser ends them.
    fn close_implied(&mut self, name: &str) {
        let (targets, bounds): (&[&str], &[&str]) = match name {
            "li" => (&["li"], &["ul", "ol", "menu"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl"]),
            "td" | "th" => (&["td", "th"], &["tr", "table"]),
            "tr" => (&["tr"], &["table", "thead", "tbody", "tfoot"]),
            "option" => (&["option"], &["select", "datalist"]),
            _ if closes_paragraph(name) => (&["p"], &[]),
            _ => return,
        };
        // Look a short way down: the element to close sits near the top, and a
        // bounded search keeps pathological nesting linear.
        let lowest = self.stack.len().saturating_sub(64);
        let mut at = None;
        for i in (lowest..self.stack.len()).rev() {
            let open = &self.stack[i].name;
            if targets.contains(&open.as_str()) {
                at = Some(i);
                break;
            }
            if bounds.contains(&open.as_str()) || (bounds.is_empty() && is_block_tag(open)) {
                break;
            }
        }
        if let Some(i) = at {
            self.pop_to(i);
        }
    }

    /// An end tag of the element with this id: closes it and anything left open in it.
    fn end(&mut self, id: u32) {
        if let Ok(i) = self.stack.binary_search_by_key(&id, |o| o.id) {
            self.pop_to(i);
        }
    }

    fn pop_to(&mut self, index: usize) {
        while self.stack.len() > index {
            let open = self.stack.pop().expect("stack is longer than index");
            self.close(open);
        }
    }

    fn close(&mut self, open: Open) {
        if open.json_ld {
            if let Some(text) = self.json_text.take() {
                self.out.json_ld.push(text);
            }
        }
        if open.title {
            if let Some(t) = self.title_text.take() {
                let t = clean_space(&unescape(&t));
                self.out.title_tag = Some(t).filter(|t| !t.is_empty());
            }
        }
        if open.cut {
            if self.cut_from.is_some_and(|from| from >= self.stack.len()) {
                self.cut_from = None;
            }
            return;
        }
        if self.cutting() {
            return;
        }
        if let Some((props, from)) = open.text_props {
            let text = clean_space(&unescape(&self.item_text[from.min(self.item_text.len())..]));
            self.set_item_props(&props, Value::String(text));
            self.text_captures -= 1;
            if self.text_captures == 0 {
                self.item_text.clear();
            }
        }
        if open.item {
            if let Some(item) = self.items.pop() {
                let value = Value::Object(item.props);
                if item.as_prop.is_empty() || self.items.is_empty() {
                    self.found_items.push(value);
                } else {
                    self.set_item_props(&item.as_prop, value);
                }
            }
        }
        if open.block {
            self.flush();
        } else {
            self.current.push(' ');
        }
    }

    fn text(&mut self, t: &TextChunk) {
        let s = t.as_str();
        if let Some(json) = &mut self.json_text {
            json.push_str(s);
            return;
        }
        if let Some(title) = &mut self.title_text {
            title.push_str(s);
            return;
        }
        if self.cutting() || matches!(t.text_type(), TextType::ScriptData | TextType::RawText) {
            return;
        }
        self.current.push_str(s);
        if self.text_captures > 0 {
            self.item_text.push_str(s);
        }
    }

    fn start_block(&mut self, name: &str) {
        self.flush();
        let (kind, level) = match name {
            "h1" => (BlockKind::Heading, 1),
            "h2" => (BlockKind::Heading, 2),
            "h3" => (BlockKind::Heading, 3),
            "h4" => (BlockKind::Heading, 4),
            "h5" => (BlockKind::Heading, 5),
            "h6" => (BlockKind::Heading, 6),
            "li" => (BlockKind::Item, 0),
            "dt" | "th" => (BlockKind::Label, 0),
            "dd" | "td" => (BlockKind::Value, 0),
            _ => (BlockKind::Para, 0),
        };
        self.kind = Some(kind);
        self.level = level;
    }

    fn flush(&mut self) {
        if !self.current.trim_ascii().is_empty() {
            let text = clean_space(&unescape(&self.current));
            if !text.is_empty() {
                self.out.blocks.push(Block {
                    text,
                    kind: self.kind.unwrap_or(BlockKind::Para),
                    level: self.level,
                });
            }
        }
        self.current.clear();
        self.kind = None;
        self.level = 0;
    }

    fn finish(mut self) -> HtmlScan {
        self.pop_to(0);
        // Items left open by a truncated page still count.
        while let Some(item) = self.items.pop() {
            self.found_items.push(Value::Object(item.props));
        }
        self.flush();
        for item in std::mem::take(&mut self.found_items) {
            if is_job_posting_item(&item) {
                self.out.json_ld.push(item.to_string());
            }
        }
        self.out.vacancy_links = self.links.len();
        self.out
    }
}

fn is_job_posting_item(item: &Value) -> bool {
    item.get("@type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.eq_ignore_ascii_case("JobPosting"))
}

/// Decodes character references (`&amp;`, `&euro;`, `&#8364;`); text without `&`
/// is returned as is.
fn unescape(s: &str) -> String {
    if s.contains('&') {
        html_escape::decode_html_entities(s).into_owned()
    } else {
        s.to_string()
    }
}

/// The attributes the walker reads, taken from an element in one pass over its
/// attributes (a lookup by name costs a scan and two allocations per call; most
/// elements have no attribute at all). The first of duplicated attributes counts,
/// as in a browser.
#[derive(Default)]
struct Attrs {
    id: Option<String>,
    class: Option<String>,
    role: Option<String>,
    style: Option<String>,
    /// `hidden`, or `aria-hidden="true"`.
    hidden: bool,
    kind: Option<String>,
    property: Option<String>,
    name: Option<String>,
    content: Option<String>,
    itemprop: Option<String>,
    itemscope: bool,
    itemtype: Option<String>,
    datetime: Option<String>,
    href: Option<String>,
    rel: Option<String>,
    src: Option<String>,
    data: Option<String>,
    value: Option<String>,
}

impl Attrs {
    fn of(el: &Element) -> Self {
        let mut attrs = Attrs::default();
        let mut aria_hidden = None;
        for attr in el.attributes() {
            let slot = match attr.name().as_str() {
                "id" => &mut attrs.id,
                "class" => &mut attrs.class,
                "role" => &mut attrs.role,
                "style" => &mut attrs.style,
                "hidden" => {
                    attrs.hidden = true;
                    continue;
                }
                "aria-hidden" => &mut aria_hidden,
                "type" => &mut attrs.kind,
                "property" => &mut attrs.property,
                "name" => &mut attrs.name,
                "content" => &mut attrs.content,
                "itemprop" => &mut attrs.itemprop,
                "itemscope" => {
                    attrs.itemscope = true;
                    continue;
                }
                "itemtype" => &mut attrs.itemtype,
                "datetime" => &mut attrs.datetime,
                "href" => &mut attrs.href,
                "rel" => &mut attrs.rel,
                "src" => &mut attrs.src,
                "data" => &mut attrs.data,
                "value" => &mut attrs.value,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(attr.value());
            }
        }
        attrs.hidden |= aria_hidden.is_some_and(|v: String| v.trim() == "true");
        attrs
    }

    fn is_json_ld(&self) -> bool {
        self.kind
            .as_deref()
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
    }

    /// A cookie or consent container (by id or class).
    fn is_consent(&self) -> bool {
        self.id
            .iter()
            .chain(&self.class)
            .any(|a| CONSENT_FINDER.is_match(a.as_str()))
    }

    fn is_boilerplate(&self, name: &str) -> bool {
        if self.hidden {
            return true;
        }
        if let Some(role) = &self.role {
            if matches!(
                role.trim(),
                "navigation" | "banner" | "contentinfo" | "dialog" | "alertdialog" | "search"
            ) {
                return true;
            }
        }
        if let Some(style) = &self.style {
            let s = style.to_ascii_lowercase().replace(' ', "");
            if s.contains("display:none") || s.contains("visibility:hidden") {
                return true;
            }
        }
        if matches!(name, "html" | "body" | "main") {
            return false;
        }
        // Class and id tokens, without CMS taxonomy tokens ("tag-social-media",
        // "category-related") that say what a post is about, not what a block is.
        let tokens = self.id.as_deref().into_iter().chain(
            self.class
                .as_deref()
                .into_iter()
                .flat_map(str::split_ascii_whitespace),
        );
        tokens
            .filter(|t| {
                !TAXONOMY_PREFIXES
                    .iter()
                    .any(|p| starts_with_ignore_case(t.as_bytes(), p.as_bytes()))
            })
            .any(|t| BOILERPLATE_FINDER.is_match(t))
    }
}

/// Elements whose whole subtree is never visible text.
fn is_invisible_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "title"
            | "nav"
            | "footer"
            | "button"
            | "select"
            | "option"
            | "object"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "math"
    )
}

/// Elements that start a new block of text.
fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "section"
            | "article"
            | "aside"
            | "main"
            | "header"
            | "address"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "details"
            | "summary"
            | "fieldset"
            | "legend"
            | "form"
            | "br"
            | "hr"
            | "body"
            | "html"
    )
}

/// Start tags that close an open `<p>` (the HTML rules' list, less the rare ones).
fn closes_paragraph(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "ul"
            | "ol"
            | "dl"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "section"
            | "article"
            | "aside"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "address"
            | "blockquote"
            | "pre"
            | "figure"
            | "details"
            | "fieldset"
            | "form"
            | "hr"
    )
}

/// Class/id fragments of boilerplate containers: consent banners, menus, breadcrumbs,
/// sharing widgets and blocks of other vacancies.
const BOILERPLATE_MARKERS: [&str; 22] = [
    "cookie",
    "consent",
    "gdpr",
    "breadcrumb",
    "navbar",
    "navigation",
    "mainmenu",
    "main-menu",
    "megamenu",
    "skiplink",
    "skip-link",
    "share",
    "social",
    "newsletter",
    "related",
    "similar",
    "gerelateerd",
    "soortgelijk",
    "vergelijkbar",
    "recommended",
    "other-jobs",
    "andere-vacatures",
];

/// Finds any of [`BOILERPLATE_MARKERS`] in a class or id token, in any case.
static BOILERPLATE_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| case_insensitive_finder(&BOILERPLATE_MARKERS));

/// Finds the fragments of an id or class that mark a cookie or consent container.
static CONSENT_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        case_insensitive_finder(&["cookie", "consent", "gdpr", "privacy-gate"])
    });

fn case_insensitive_finder(patterns: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(patterns)
        .expect("literal patterns")
}

/// Class-token prefixes of CMS taxonomies (WordPress and kin).
const TAXONOMY_PREFIXES: [&str; 8] = [
    "tag-",
    "category-",
    "post-",
    "postid",
    "has-",
    "has_",
    "wp-",
    "page-",
];

/// A link that looks like it opens one vacancy (`/vacature/...-123`, `/jobs/...`).
fn is_vacancy_link(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    [
        "/vacature/",
        "/vacatures/",
        "/vacancy/",
        "/vacancies/",
        "/job/",
        "/jobs/",
        "/opdracht/",
        "/opdrachten/",
        "/baan/",
        "/functie/",
    ]
    .iter()
    .any(|p| path.contains(p) && !path.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(scan: &HtmlScan) -> Vec<&str> {
        scan.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn chrome_is_cut_and_structure_kept() {
        let html = r#"<html><head><title>Job &amp; Site</title><script>var x = "Salaris 9999";</script>
            <script type="application/ld+json">{"@type":"JobPosting"}</script></head>
            <body><nav>Home Vacatures</nav><div class="cookie-banner">Wij gebruiken cookies</div>
            <h1>Beleidsmedewerker</h1><ul><li>32 uur</li><li><span>Schaal</span><span>10</span></li></ul>
            <dl><dt>Plaats</dt><dd>Utrecht</dd></dl>
            <section class="related-jobs"><h2>Andere vacatures</h2><p>40 uur</p></section>
            <footer>Contact</footer></body></html>"#;
        let scan = scan(html);
        assert_eq!(
            texts(&scan),
            vec![
                "Beleidsmedewerker",
                "32 uur",
                "Schaal 10",
                "Plaats",
                "Utrecht"
            ]
        );
        assert_eq!(scan.blocks[0].kind, BlockKind::Heading);
        assert_eq!(scan.blocks[0].level, 1);
        assert_eq!(scan.blocks[3].kind, BlockKind::Label);
        assert_eq!(scan.blocks[4].kind, BlockKind::Value);
        assert_eq!(scan.title_tag.as_deref(), Some("Job & Site"));
        assert_eq!(scan.json_ld, vec![r#"{"@type":"JobPosting"}"#.to_string()]);
        assert_eq!(scan.consent_blocks, 1);
    }

    #[test]
    fn code_bodies_are_skipped_and_json_ld_kept() {
        let html = r#"<head><style>p { content: "</p><h1>Nee</h1>"; }</style>
            <script>if (a < b && "</div>" ) { x = '<h1>Nee</h1>'; }</script>
            <SCRIPT type="application/LD+JSON">{"title": "a < b"}</SCRIPT>
            <!-- <script> --><p>Zichtbaar</p><script src=x.js></script><p>Ook</p>"#;
        let scan = scan(html);
        assert_eq!(texts(&scan), vec!["Zichtbaar", "Ook"]);
        assert_eq!(scan.json_ld, vec![r#"{"title": "a < b"}"#.to_string()]);
        // An unclosed script hides the rest of the page, as in a browser.
        let scan = super::scan("<p>Voor</p><script>var x = 1;<p>Na</p>");
        assert_eq!(texts(&scan), vec!["Voor"]);
    }

    #[test]
    fn character_references_are_decoded() {
        let scan = scan("<p>&euro;&nbsp;3.662 &#8211; &#x20AC; 4.000 caf&eacute; &amp; co</p>");
        assert_eq!(texts(&scan), vec!["€ 3.662 – € 4.000 café & co"]);
    }

    #[test]
    fn unclosed_list_items_and_paragraphs_end_where_a_browser_ends_them() {
        let scan = scan(
            r#"<ul><li class="share">Deel op LinkedIn<li>36 uur<li>Utrecht</ul>
               <p class="social">Volg ons<div>Schaal 10</div>"#,
        );
        assert_eq!(texts(&scan), vec!["36 uur", "Utrecht", "Schaal 10"]);
        assert_eq!(scan.blocks[0].kind, BlockKind::Item);
    }

    #[test]
    fn json_ld_inside_cut_chrome_still_counts() {
        let scan = scan(
            r#"<footer><script type="application/ld+json">{"a":1}</script>Contact</footer><p>Tekst</p>"#,
        );
        assert_eq!(scan.json_ld.len(), 1);
        assert_eq!(texts(&scan), vec!["Tekst"]);
    }

    #[test]
    fn microdata_becomes_a_json_ld_job_posting() {
        let html = r#"<div itemscope itemtype="https://schema.org/JobPosting">
            <h1 itemprop="title">Adviseur <b>Water</b></h1>
            <meta itemprop="datePosted" content="2025-10-01">
            <time itemprop="validThrough" datetime="2025-11-15">15 november</time>
            <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
              <span itemprop="name">Waterschap Rivierenland</span></div>
            <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
              <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
                <span itemprop="addressLocality">Tiel</span></div></div>
            <span itemprop="employmentType">FULL_TIME</span>
            </div>"#;
        let scan = scan(html);
        assert_eq!(scan.json_ld.len(), 1);
        let v: Value = serde_json::from_str(&scan.json_ld[0]).unwrap();
        assert_eq!(v["@type"], "JobPosting");
        assert_eq!(v["title"], "Adviseur Water");
        assert_eq!(v["datePosted"], "2025-10-01");
        assert_eq!(v["validThrough"], "2025-11-15");
        assert_eq!(v["hiringOrganization"]["name"], "Waterschap Rivierenland");
        assert_eq!(
            v["jobLocation"]["address"]["addressLocality"], "Tiel",
            "{v}"
        );
        assert_eq!(v["employmentType"], "FULL_TIME");
        assert_eq!(texts(&scan)[0], "Adviseur Water");
    }

    #[test]
    fn deep_nesting_is_linear() {
        let depth = 100_000;
        let mut html = String::with_capacity(depth * 12);
        for _ in 0..depth {
            html.push_str("<div><b>");
        }
        html.push_str("Beleidsadviseur, 36 uur");
        let scan = scan(&html);
        assert_eq!(texts(&scan), vec!["Beleidsadviseur, 36 uur"]);
        assert!(scan.max_depth >= depth, "{}", scan.max_depth);
    }

    #[test]
    fn selectors_take_the_first_element_with_text() {
        let html = r#"<header><h1></h1></header><main><h1 class="t">Adviseur <em>Water</em> &amp; Bodem</h1>
            <h1>Second</h1><div id="x"><p>Utrecht</p></div></main>"#;
        let found = select_texts(html, &["h1", "#x", "span.none"]).unwrap();
        assert_eq!(
            found,
            vec![
                Some("Adviseur Water & Bodem".to_string()),
                Some("Utrecht".to_string()),
                None
            ]
        );
        assert_eq!(select_texts(html, &["h1:has(em)"]), None);
    }

    #[test]
    fn attribute_names_are_case_blind_and_the_first_of_a_duplicate_counts() {
        let html = r#"<html><head>
            <META PROPERTY="og:title" Content="Beleidsadviseur">
            <link REL="Canonical" HREF="https://werkenbij.example.nl/vacature/42?a=1&amp;b=2">
            </head><body>
            <div ID="main" CLASS="related-jobs" class="content"><p>Andere vacatures</p></div>
            <div class="content" class="related-jobs"><p>Zichtbaar</p></div>
            <p aria-hidden="true">Verborgen</p>
            <p ARIA-HIDDEN="false">Ook zichtbaar</p>
            <section HIDDEN><p>Weg</p></section>
            </body></html>"#;
        let scan = scan(html);
        assert_eq!(texts(&scan), vec!["Zichtbaar", "Ook zichtbaar"]);
        assert!(scan
            .meta
            .contains(&("og:title".to_string(), "Beleidsadviseur".to_string())));
        assert_eq!(
            scan.canonical.as_deref(),
            Some("https://werkenbij.example.nl/vacature/42?a=1&b=2")
        );
    }

    #[test]
    fn vacancy_links_are_counted_outside_chrome_only() {
        let scan = scan(
            r#"<nav><a href="/vacature/a-1">A</a></nav><a href="/vacature/b-2">B</a>
               <a href="/vacature/b-2">B</a><a href="/vacatures/">Alle</a>"#,
        );
        assert_eq!(scan.vacancy_links, 1);
    }
}
