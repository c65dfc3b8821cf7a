//! Personal data out of the published text: e-mail addresses (also written as
//! "naam [at] domein.nl", "naam (at) domein (punt) nl"), Dutch phone numbers (06, landlines, +31) and the names of
//! contact persons on contact lines become `[email]`, `[phone]` and `[name]`, unless
//! the config keeps them.

use std::sync::LazyLock;

use regex::Regex;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9._%+-]+\s*(?:@|\[at\]|\(at\)|\s+at\s+|\[@\]|\[apenstaartje\]|\(apenstaartje\))\s*[a-z0-9-]+(?:(?:\.|\s*(?:\[dot\]|\(dot\)|\[punt\]|\(punt\))\s*|\s+(?:dot|punt)\s+)[a-z0-9-]+)*(?:\.|\s*(?:\[dot\]|\(dot\)|\[punt\]|\(punt\))\s*|\s+(?:dot|punt)\s+)[a-z]{2,}(?-u:\b)")
        .expect("email regex")
});

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+|00)\s?31[\s.-]*(?:\(0\)[\s.-]*)?\d(?:[\s.-]*\d){7,8}|(?-u:\b)0\d(?:[\s.-]*\d){8}(?-u:\b)|(?-u:\b)0\d{1,3}[\s/-]\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?-u:\b)|(?-u:\b)0\d{2,3}-\d{6,7}(?-u:\b)|\(0\d{1,3}\)[\s.-]*\d(?:[\s.-]*\d){5,7}(?-u:\b)")
        .expect("phone regex")
});

/// A person's name: capitalised words (`Geert-Jan`, `J.`) with Dutch particles.
const NAME: &str = r"(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?:[\t\x20]+(?:(?:van|de|der|den|ter|ten|te|het|in[\t\x20]'t|'t|el|El)[\t\x20]+)*(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)){0,3}";

/// A person's name after a contact phrase.
static CONTACT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        ((?i:contact[\t\x20]+op[\t\x20]+met|contactpersoon|contact[\t\x20]+person|neem[\t\x20]+contact[\t\x20]+op[\t\x20]+met|bel[\t\x20]+met|mail[\t\x20]+naar|vragen[\t\x20]+(?:over[\t\x20]+\S+[\t\x20]+)?(?:kun[\t\x20]+je[\t\x20]+)?(?:stellen[\t\x20]+)?aan|terecht[\t\x20]+bij|informatie[\t\x20]+bij|recruiter|afdelingsmanager|teamleider|manager|(?:meer\ )?informatie\ over\ (?:deze\ vacature|de\ sollicitatieprocedure)[^:\n]*:)[\t\x20]*:?[\t\x20]*
         (?:(?:onze[\t\x20]+)?(?:recruiter|recruitmentconsultant|afdelingsmanager|teammanager|teamleider|leidinggevende|manager|collega)[\t\x20]+)?)
        ({NAME})"
    ))
    .expect("contact regex")
});

/// A person's name before their role: `Geert-Jan Put, afdelingsmanager`.
static BEFORE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NAME}),[\t\x20]+((?i:afdelingsmanager|teammanager|teamleider|recruitmentconsultant|recruiter|manager|leidinggevende|hr-adviseur|directeur)(?-u:\b))"
    ))
    .expect("role regex")
});

/// A second person in the same sentence: `... of met Nina de Jong via ...`.
static OR_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"((?:of|en)[\t\x20]+met[\t\x20]+)({NAME})")).expect("or-with regex")
});

/// Capitalised words that start a sentence before a name, not part of it
/// (`Bel Ahmed El Amrani, teamleider`).
const NOT_NAME_STARTS: [&str; 12] = [
    "Bel", "Mail", "Bij", "Met", "En", "Of", "Vraag", "Neem", "Via", "Door", "Contact", "Meer",
];

/// Redacts contact details from text: e-mail addresses, phone numbers, and the
/// names on contact lines, before a role, and wherever else such a name recurs.
pub fn redact(text: &str) -> String {
    let t = EMAIL.replace_all(text, "[email]");
    let t = PHONE.replace_all(&t, "[phone]");
    let mut names: Vec<String> = Vec::new();
    let t = CONTACT_NAME.replace_all(&t, |c: &regex::Captures| {
        names.push(c[2].to_string());
        format!("{}[name]", &c[1])
    });
    let t = BEFORE_ROLE.replace_all(&t, |c: &regex::Captures| {
        let found = &c[1];
        let (lead, name) = match found.split_once([' ', '\t']) {
            Some((first, rest)) if NOT_NAME_STARTS.contains(&first) => {
                (&found[..first.len() + 1], rest.trim_start())
            }
            _ => ("", found),
        };
        names.push(name.to_string());
        format!("{lead}[name], {}", &c[2])
    });
    let t = redact_lines(&t, &mut names);
    redact_known_names(&t, &names)
}

/// Per line: a second name in a sentence that already had one, and a line that holds
/// only a name after a "Contact"/"Contactpersoon" line (or after such a name).
fn redact_lines(text: &str, names: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_contact = false;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim();
        // Only a line after a contact heading can be a bare name.
        let name_line = after_contact && looks_like_name(trimmed);
        if name_line {
            names.push(trimmed.to_string());
            out.push_str("[name]");
        } else if line.contains("[name]") {
            out.push_str(&OR_WITH.replace_all(line, |c: &regex::Captures| {
                names.push(c[2].to_string());
                format!("{}[name]", &c[1])
            }));
        } else {
            out.push_str(line);
        }
        after_contact = (starts_with_ignore_ascii_case(trimmed, "contact") && trimmed.len() < 40)
            || (starts_with_ignore_ascii_case(trimmed, "voor meer informatie")
                && trimmed.ends_with(':'))
            || (after_contact && (trimmed.is_empty() || name_line));
    }
    out
}

/// A short line of capitalised words and nothing else: a name on its own line.
fn looks_like_name(trimmed: &str) -> bool {
    !trimmed.is_empty()
        && trimmed.split_whitespace().count() <= 5
        && trimmed
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !trimmed.ends_with(['.', ':', '?'])
        && !trimmed.contains('[')
        && trimmed
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// `text` starts with the ASCII word `prefix`, in any case.
fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Every other occurrence of a name already found (of two words or more: a single
/// word such as "Help" after a "Contact" heading may not be a name at all).
fn redact_known_names(text: &str, names: &[String]) -> String {
    let mut names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| n.split_whitespace().count() >= 2)
        .collect();
    if names.is_empty() {
        return text.to_string();
    }
    // Longest first, so "Nina de Jong" goes before "Nina de".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    let mut out = text.to_string();
    for name in names {
        let mut from = 0;
        while let Some(at) = out[from..].find(name).map(|i| i + from) {
            let end = at + name.len();
            let before = out[..at].chars().next_back();
            let after = out[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                from = end;
                continue;
            }
            out.replace_range(at..end, "[name]");
            from = at + "[name]".len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_phones_and_names_are_redacted() {
        let t = redact("Neem contact op met Susan Peschier via 06 43 36 34 42 / susan.peschier@kbenp.nl of bel 070-1234567.");
        assert!(
            !t.contains("Peschier")
                && !t.contains("43 36")
                && !t.contains("kbenp")
                && !t.contains("1234567"),
            "{t}"
        );
        assert!(
            t.contains("[email]") && t.contains("[phone]") && t.contains("[name]"),
            "{t}"
        );
        let t = redact("Mail naar j.jansen [at] gemeente.nl of +31 6 1234 5678");
        assert!(!t.contains("jansen") && !t.contains("1234"), "{t}");
        let t = redact("Mail p.devries (at) provincie-utrecht (punt) nl of 0031 30 258 9111.");
        assert_eq!(t, "Mail [email] of [phone].");
        let t = redact("e-mail: info[apenstaartje]gemeente[punt]nl");
        assert_eq!(t, "e-mail: [email]");
        // A plain dot with a space after it ends a sentence, not a domain.
        let t = redact("We work at home. Teams meet at the office. Nl-talig.");
        assert_eq!(t, "We work at home. Teams meet at the office. Nl-talig.");
        let t = redact("Contactpersoon\nBruijn\nVan loondienst naar zelfstandiger?");
        assert_eq!(
            t,
            "Contactpersoon\n[name]\nVan loondienst naar zelfstandiger?"
        );
        let t = redact("Geert-Jan Put, afdelingsmanager (06-13323288) vertelt je graag meer.");
        assert!(!t.contains("13323288"), "{t}");
    }

    #[test]
    fn names_before_a_role_after_contact_lines_and_elsewhere_are_redacted() {
        let t = redact("Meer informatie? Bel Ahmed El Amrani, teamleider, 06-87654321.");
        assert_eq!(t, "Meer informatie? Bel [name], teamleider, [phone].");
        let t = redact("Neem contact op met Susan Peschier via 06 43 36 34 42 of met Nina de Jong via 06 39 84 53 67.\nOpdracht Adviseur Susan Peschier\nNina de Jong\nOpdracht Adviseur");
        assert!(!t.contains("Peschier") && !t.contains("Nina"), "{t}");
        assert!(
            t.contains("Opdracht Adviseur [name]\n[name]\nOpdracht Adviseur"),
            "{t}"
        );
        let t =
            redact("Contact\nPetra de Vries\nSanne Smit\nBuiten kantoortijden: (070) 123 45 67.");
        assert_eq!(t, "Contact\n[name]\n[name]\nBuiten kantoortijden: [phone].");
        let t = redact("Vragen? Mark-Jan Hoek, afdelingsmanager (06-99887766).");
        assert_eq!(t, "Vragen? [name], afdelingsmanager ([phone]).");
    }

    #[test]
    fn ordinary_text_is_kept() {
        for s in [
            "Je werkt 36 uur per week in schaal 10 vanaf 1 januari 2025.",
            "Vacaturenummer: 2025-0612345, Croeselaan 16, 3521 CA Utrecht (2025) 36 uur.",
            "Je bent de contactpersoon voor gemeenten. De Recruiter van de toekomst.",
            "Werken met Excel of met Word, en met Teams, is een pre.",
        ] {
            assert_eq!(redact(s), s);
        }
    }
}
