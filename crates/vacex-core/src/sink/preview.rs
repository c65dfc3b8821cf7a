//! A few rows of a Parquet file as a text table, for `vacex head` and `make run`.

use std::fs::File;
use std::path::Path;

use arrow::compute::cast;
use arrow::datatypes::DataType;
use arrow::record_batch::RecordBatch;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ProjectionMask;

/// The first `rows` rows of `path`, only `columns` when given, as a text table.
pub fn head(path: &Path, rows: usize, columns: &[String]) -> Result<String, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let total = builder.metadata().file_metadata().num_rows();
    let schema = builder.schema().clone();
    let mut builder = builder.with_batch_size(rows.max(1));
    if !columns.is_empty() {
        let mut indices = Vec::new();
        for c in columns {
            let i = schema
                .index_of(c)
                .map_err(|_| format!("{}: no column '{c}'", path.display()))?;
            indices.push(i);
        }
        let mask = ProjectionMask::roots(builder.parquet_schema(), indices);
        builder = builder.with_projection(mask);
    }
    let mut reader = builder.build().map_err(|e| e.to_string())?;
    let batch = match reader.next() {
        Some(b) => b.map_err(|e| e.to_string())?,
        None => return Ok(format!("{}: 0 rows", path.display())),
    };
    let batch = batch.slice(0, rows.min(batch.num_rows()));
    // Long text cells make a table unreadable: cut them.
    let shortened: Vec<_> = batch
        .columns()
        .iter()
        .map(|c| match c.data_type() {
            DataType::Utf8 => {
                let s = c
                    .as_any()
                    .downcast_ref::<arrow::array::StringArray>()
                    .expect("utf8");
                std::sync::Arc::new(arrow::array::StringArray::from_iter(s.iter().map(|v| {
                    v.map(|v| {
                        if v.chars().count() > 40 {
                            format!("{}…", v.chars().take(39).collect::<String>())
                        } else {
                            v.to_string()
                        }
                    })
                }))) as arrow::array::ArrayRef
            }
            DataType::Dictionary(_, _) => cast(c, &DataType::Utf8).unwrap_or_else(|_| c.clone()),
            _ => c.clone(),
        })
        .collect();
    let fields: Vec<_> = batch
        .schema()
        .fields()
        .iter()
        .zip(&shortened)
        .map(|(f, c)| f.as_ref().clone().with_data_type(c.data_type().clone()))
        .collect();
    let batch = RecordBatch::try_new(
        std::sync::Arc::new(arrow::datatypes::Schema::new(fields)),
        shortened,
    )
    .map_err(|e| e.to_string())?;
    let table = arrow::util::pretty::pretty_format_batches(&[batch]).map_err(|e| e.to_string())?;
    Ok(format!("{} ({total} rows)\n{table}", path.display()))
}
