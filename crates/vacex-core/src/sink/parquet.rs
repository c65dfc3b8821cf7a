//! Parquet files written the safe way: to a staging path outside every table's
//! `*.parquet` glob, zstd-compressed, with the schema version and the writing vacex
//! version in the footer's key-value metadata, fsynced before anyone renames them
//! into place.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow::datatypes::Schema;
use arrow::record_batch::RecordBatch;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;

use super::schema::Table;
use crate::config::ParquetConfig;

/// Why a table could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write Parquet {path}: {source}")]
    Parquet {
        path: PathBuf,
        source: parquet::errors::ParquetError,
    },
}

/// Writer properties for a table.
pub fn properties(table: Table, config: &ParquetConfig) -> WriterProperties {
    let level = ZstdLevel::try_new(config.zstd_level).unwrap_or_default();
    WriterProperties::builder()
        .set_compression(Compression::ZSTD(level))
        .set_max_row_group_row_count(Some(config.row_group_rows))
        .set_key_value_metadata(Some(vec![
            KeyValue::new(
                "vacex.schema_version".to_string(),
                crate::SCHEMA_VERSION.to_string(),
            ),
            KeyValue::new("vacex.version".to_string(), crate::VERSION.to_string()),
            KeyValue::new("vacex.table".to_string(), table.name().to_string()),
        ]))
        .build()
}

/// One Parquet file being written at a staging path.
pub struct TableWriter {
    path: PathBuf,
    writer: ArrowWriter<File>,
    rows: u64,
    /// The in-progress row group is flushed once its buffers reach this size.
    max_row_group_bytes: usize,
}

impl TableWriter {
    pub fn create(
        path: &Path,
        table: Table,
        schema: Arc<Schema>,
        config: &ParquetConfig,
    ) -> Result<TableWriter, SinkError> {
        let file = File::create(path).map_err(|source| SinkError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let writer = ArrowWriter::try_new(file, schema, Some(properties(table, config))).map_err(
            |source| SinkError::Parquet {
                path: path.to_path_buf(),
                source,
            },
        )?;
        Ok(TableWriter {
            path: path.to_path_buf(),
            writer,
            rows: 0,
            max_row_group_bytes: config.row_group_mb.saturating_mul(1024 * 1024),
        })
    }

    pub fn write(&mut self, batch: &RecordBatch) -> Result<(), SinkError> {
        if batch.num_rows() == 0 {
            return Ok(());
        }
        self.rows += batch.num_rows() as u64;
        let parquet_error = |source| SinkError::Parquet {
            path: self.path.clone(),
            source,
        };
        self.writer.write(batch).map_err(parquet_error)?;
        if self.writer.memory_size() >= self.max_row_group_bytes {
            self.writer.flush().map_err(parquet_error)?;
        }
        Ok(())
    }

    /// Closes the file and fsyncs it; returns the rows written.
    pub fn finish(self) -> Result<u64, SinkError> {
        let path = self.path;
        let file = self
            .writer
            .into_inner()
            .map_err(|source| SinkError::Parquet {
                path: path.clone(),
                source,
            })?;
        file.sync_all().map_err(|source| SinkError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::StringArray;
    use arrow::datatypes::{DataType, Field};
    use parquet::file::reader::{FileReader, SerializedFileReader};

    /// Writes `batches` batches of 1,000 distinct 1 KB strings; returns the rows of
    /// each row group in the file.
    fn row_groups_written(config: &ParquetConfig, batches: usize) -> Vec<i64> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let schema = Arc::new(Schema::new(vec![Field::new("text", DataType::Utf8, false)]));
        let mut writer =
            TableWriter::create(&path, Table::Observations, schema.clone(), config).unwrap();
        for b in 0..batches {
            let values: Vec<String> = (0..1000)
                .map(|i| format!("{b:04}-{i:04}-{}", "x".repeat(1014) + &i.to_string()))
                .collect();
            let batch =
                RecordBatch::try_new(schema.clone(), vec![Arc::new(StringArray::from(values))])
                    .unwrap();
            writer.write(&batch).unwrap();
        }
        assert_eq!(writer.finish().unwrap(), batches as u64 * 1000);
        let reader = SerializedFileReader::new(File::open(&path).unwrap()).unwrap();
        let meta = reader.metadata();
        (0..meta.num_row_groups())
            .map(|i| meta.row_group(i).num_rows())
            .collect()
    }

    #[test]
    fn row_groups_close_at_the_byte_limit_or_the_row_limit() {
        // 8 MB of text: 1 MB row groups close after about one batch each.
        let by_bytes = ParquetConfig {
            row_group_rows: 16_384,
            row_group_mb: 1,
            ..ParquetConfig::default()
        };
        let groups = row_groups_written(&by_bytes, 8);
        assert!(groups.len() >= 4, "{groups:?}");
        assert_eq!(groups.iter().sum::<i64>(), 8000);
        // A large byte limit leaves the row limit in charge.
        let by_rows = ParquetConfig {
            row_group_rows: 2048,
            row_group_mb: 1024,
            ..ParquetConfig::default()
        };
        assert_eq!(
            row_groups_written(&by_rows, 8),
            vec![2048, 2048, 2048, 1856]
        );
    }
}
