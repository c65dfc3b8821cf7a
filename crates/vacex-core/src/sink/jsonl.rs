//! The per-page JSON object of `vacex extract`: exactly the keys of fields.md, in
//! contract order, for debugging and scoring; with `explain`, also where each value
//! came from and why a page was rejected.

use serde_json::{json, Map, Value};

use crate::record::{Outcome, Sourced, Vacancy};

fn s<T: serde::Serialize>(f: &Option<Sourced<T>>) -> Value {
    f.as_ref().map_or(Value::Null, |x| json!(x.value))
}

/// The fields.md object for one page (all null for a rejected page).
pub fn contract_object(outcome: &Outcome, explain: bool) -> Value {
    let (doc_id, fields) = match outcome {
        Outcome::Observation(o) => (o.doc_id.as_str(), Some(&o.fields)),
        Outcome::Reject(r) => (r.doc_id.as_str(), None),
    };
    let empty = Vacancy::default();
    let v = fields.unwrap_or(&empty);
    let mut m = Map::new();
    m.insert("doc_id".into(), json!(doc_id));
    m.insert("title".into(), s(&v.title));
    m.insert("employer".into(), s(&v.employer));
    m.insert("reference".into(), s(&v.reference));
    m.insert("city".into(), s(&v.city));
    m.insert("province".into(), s(&v.province));
    m.insert("hours_min".into(), s(&v.hours_min));
    m.insert("hours_max".into(), s(&v.hours_max));
    m.insert("salary_min".into(), s(&v.salary_min));
    m.insert("salary_max".into(), s(&v.salary_max));
    m.insert("salary_period".into(), s(&v.salary_period));
    m.insert("salary_scale".into(), s(&v.salary_scale));
    m.insert("education_level".into(), s(&v.education_level));
    m.insert("experience_years_min".into(), s(&v.experience_years_min));
    m.insert("contract_type".into(), s(&v.contract_type));
    m.insert(
        "posted_date".into(),
        v.posted_date
            .as_ref()
            .map_or(Value::Null, |d| json!(d.value.to_string())),
    );
    m.insert(
        "closing_date".into(),
        v.closing_date
            .as_ref()
            .map_or(Value::Null, |d| json!(d.value.to_string())),
    );
    m.insert(
        "start_date".into(),
        v.start_date
            .as_ref()
            .map_or(Value::Null, |d| json!(d.value.to_string())),
    );
    m.insert(
        "end_date".into(),
        v.end_date
            .as_ref()
            .map_or(Value::Null, |d| json!(d.value.to_string())),
    );
    m.insert("language".into(), s(&v.language));
    if explain {
        match outcome {
            Outcome::Observation(o) => {
                let sources: Map<String, Value> = o
                    .fields
                    .sources()
                    .into_iter()
                    .map(|(f, src)| (f.to_string(), json!(src.as_str())))
                    .collect();
                m.insert("_site".into(), json!(o.site));
                m.insert("_sources".into(), Value::Object(sources));
            }
            Outcome::Reject(r) => {
                m.insert("_reject".into(), json!({"stage": r.stage.as_str(), "reason": r.reason.as_str(), "detail": r.detail}));
            }
        }
    }
    Value::Object(m)
}
