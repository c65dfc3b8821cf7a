//! Spill files of the merge. When the field values the vacancies win do not fit the
//! merge memory budget together, the second pass writes each observation that gives
//! values to the chunk (a key range of vacancies) it gives them to: Arrow IPC streams
//! in the merge's staging directory, read back one chunk at a time. Only winning
//! observations are spilled, so the files hold about one vacancies table.

use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow::array::{ArrayRef, AsArray, Date32Array, RecordBatch, UInt32Array};
use arrow::datatypes::{DataType, Date32Type, Field, Schema, SchemaRef, UInt32Type};
use arrow::ipc::reader::StreamReader;
use arrow::ipc::writer::StreamWriter;
use chrono::NaiveDate;

use super::{rows_of, Columns, MergeError, ObservedRow};

/// Read position of the spilled observation.
const POSITION: &str = "__vacex_position";
/// Night of the spilled observation (the part it came from).
const RUN_DATE: &str = "__vacex_run_date";

/// One spill stream per chunk; a new file starts when the parts' schema changes.
pub(super) struct Spill {
    dir: PathBuf,
    files: Vec<Vec<PathBuf>>,
    writers: Vec<Option<(SchemaRef, StreamWriter<BufWriter<File>>)>>,
}

fn failed(path: &Path, e: impl std::fmt::Display) -> MergeError {
    MergeError::Write(format!("spill file {}: {e}", path.display()))
}

impl Spill {
    /// Spill streams for `chunks` chunks under `dir` (created).
    pub(super) fn create(dir: &Path, chunks: usize) -> Result<Spill, MergeError> {
        std::fs::create_dir_all(dir).map_err(|e| failed(dir, e))?;
        Ok(Spill {
            dir: dir.to_path_buf(),
            files: vec![Vec::new(); chunks],
            writers: (0..chunks).map(|_| None).collect(),
        })
    }

    /// Spills the rows of `batch` (read positions `first_position..`) that give
    /// values, each to the chunk `chunk_of` names.
    pub(super) fn add(
        &mut self,
        date: NaiveDate,
        batch: &RecordBatch,
        first_position: usize,
        chunk_of: impl Fn(usize) -> Option<usize>,
    ) -> Result<(), MergeError> {
        let mut picks: Vec<Vec<u32>> = vec![Vec::new(); self.files.len()];
        for row in 0..batch.num_rows() {
            if let Some(chunk) = chunk_of(first_position + row) {
                picks[chunk].push(row as u32);
            }
        }
        for (chunk, rows) in picks.into_iter().enumerate() {
            if rows.is_empty() {
                continue;
            }
            let positions: UInt32Array = rows.iter().map(|&r| first_position as u32 + r).collect();
            let dates = Date32Array::from(vec![Date32Type::from_naive_date(date); rows.len()]);
            let taken = arrow::compute::take_record_batch(batch, &UInt32Array::from(rows))
                .map_err(|e| failed(&self.dir, e))?;
            let spilled =
                with_columns(taken, positions, dates).map_err(|e| failed(&self.dir, e))?;
            self.write(chunk, &spilled)?;
        }
        Ok(())
    }

    fn write(&mut self, chunk: usize, batch: &RecordBatch) -> Result<(), MergeError> {
        let schema = batch.schema();
        if self.writers[chunk]
            .as_ref()
            .is_some_and(|(current, _)| *current != schema)
        {
            self.close(chunk)?;
        }
        if self.writers[chunk].is_none() {
            let path = self
                .dir
                .join(format!("chunk-{chunk}-{}.arrows", self.files[chunk].len()));
            let file = File::create(&path).map_err(|e| failed(&path, e))?;
            let writer = StreamWriter::try_new(BufWriter::new(file), &schema)
                .map_err(|e| failed(&path, e))?;
            self.files[chunk].push(path);
            self.writers[chunk] = Some((schema, writer));
        }
        let (_, writer) = self.writers[chunk].as_mut().expect("opened above");
        writer.write(batch).map_err(|e| failed(&self.dir, e))
    }

    fn close(&mut self, chunk: usize) -> Result<(), MergeError> {
        if let Some((_, mut writer)) = self.writers[chunk].take() {
            writer.finish().map_err(|e| failed(&self.dir, e))?;
        }
        Ok(())
    }

    /// Calls `visit` with the read position and values of every observation spilled
    /// to `chunk`, then deletes the chunk's files.
    pub(super) fn for_each_row(
        &mut self,
        chunk: usize,
        mut visit: impl FnMut(usize, ObservedRow),
    ) -> Result<(), MergeError> {
        self.close(chunk)?;
        for path in std::mem::take(&mut self.files[chunk]) {
            let file = File::open(&path).map_err(|e| failed(&path, e))?;
            let reader =
                StreamReader::try_new(BufReader::new(file), None).map_err(|e| failed(&path, e))?;
            for batch in reader {
                let batch = batch.map_err(|e| failed(&path, e))?;
                let (batch, positions, date) = split_columns(batch)
                    .ok_or_else(|| failed(&path, "bookkeeping columns missing"))?;
                for (position, row) in positions
                    .into_iter()
                    .zip(rows_of(date, Columns::new(batch)))
                {
                    visit(position, row);
                }
            }
            std::fs::remove_file(&path).map_err(|e| failed(&path, e))?;
        }
        Ok(())
    }
}

/// `batch` with the read positions and the night appended.
fn with_columns(
    batch: RecordBatch,
    positions: UInt32Array,
    dates: Date32Array,
) -> Result<RecordBatch, arrow::error::ArrowError> {
    let mut fields: Vec<Arc<Field>> = batch.schema().fields().iter().cloned().collect();
    fields.push(Arc::new(Field::new(POSITION, DataType::UInt32, false)));
    fields.push(Arc::new(Field::new(RUN_DATE, DataType::Date32, false)));
    let mut columns: Vec<ArrayRef> = batch.columns().to_vec();
    columns.push(Arc::new(positions));
    columns.push(Arc::new(dates));
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)
}

/// The observation columns, the read positions and the night of a spilled batch.
fn split_columns(batch: RecordBatch) -> Option<(RecordBatch, Vec<usize>, NaiveDate)> {
    let positions = batch
        .column_by_name(POSITION)?
        .as_primitive_opt::<UInt32Type>()?;
    let positions: Vec<usize> = positions.values().iter().map(|&p| p as usize).collect();
    let dates = batch
        .column_by_name(RUN_DATE)?
        .as_primitive_opt::<Date32Type>()?;
    let date = Date32Type::to_naive_date_opt(*dates.values().first()?)?;
    Some((batch, positions, date))
}
