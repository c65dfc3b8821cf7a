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
        })
    }

    pub fn write(&mut self, batch: &RecordBatch) -> Result<(), SinkError> {
        if batch.num_rows() == 0 {
            return Ok(());
        }
        self.rows += batch.num_rows() as u64;
        self.writer
            .write(batch)
            .map_err(|source| SinkError::Parquet {
                path: self.path.clone(),
                source,
            })
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
