//! A recording uploaded part by part (分片上传): the plan the service gives (`upload-prepare`), which parts it
//! acknowledged, and the requests of the rest; both clients drive it, reading each part from a seekable reader.

use serde::{Deserialize, Serialize};
use wemeet_types::OperatorIdType;
use wemeet_types::records::{
    FinishRecordUploadRequest, PrepareRecordUploadRequest, PrepareRecordUploadResponse,
    UploadRecordPartRequest,
};

use crate::Error;

/// An upload of a recording in parts (`upload-prepare`, `upload-part` for each part, `upload-finish`), and how
/// far it got: the parts the service acknowledged are never sent again. Keep it (it is `Serialize`) to resume an
/// upload a failure interrupted: the clients' `upload_recording_parts` goes on from the first part not
/// acknowledged, within the six hours the service keeps an upload open (支持6小时内的断点续传).
///
/// ```
/// use wemeet_core::RecordingUpload;
/// use wemeet_types::OperatorIdType;
/// use wemeet_types::records::{PrepareRecordUploadRequest, PrepareRecordUploadResponse, RecordUploadFileType};
///
/// let prepare = PrepareRecordUploadRequest::builder()
///     .operator_id("tester")
///     .operator_id_type(OperatorIdType::Userid)
///     .file_name(wemeet_types::encode_base64("talk.mp4"))
///     .file_type(RecordUploadFileType::Video)
///     .file_size(25)
///     .build();
/// let plan: PrepareRecordUploadResponse =
///     serde_json::from_str(r#"{"upload_id":"u-1","block_size":10,"block_num":3}"#).unwrap();
/// let mut upload = RecordingUpload::new(&prepare, &plan).unwrap();
/// let part = upload.next_part().unwrap();
/// assert_eq!((part.seq, part.offset, part.len), (1, 0, 10));
/// upload.acknowledge(&part).unwrap();
/// let last = upload.next_part().and_then(|part| { upload.acknowledge(&part).ok()?; upload.next_part() }).unwrap();
/// assert_eq!((last.seq, last.offset, last.len), (3, 20, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordingUpload {
    operator_id: String,
    operator_id_type: OperatorIdType,
    upload_id: String,
    block_size: u64,
    block_num: u64,
    file_size: u64,
    acknowledged: u64,
}

/// One part of an upload: its number (from 1, `file_seq`), and where it lies in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Part {
    /// Its number, from 1.
    pub seq: u64,
    /// Its first byte's offset in the file.
    pub offset: u64,
    /// Its length: the plan's block size, the last part what is left.
    pub len: u64,
}

/// How far an upload got, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Parts acknowledged.
    pub parts_done: u64,
    /// Parts in all.
    pub parts: u64,
    /// Bytes acknowledged.
    pub bytes_done: u64,
    /// Bytes in all (the file's size).
    pub bytes: u64,
}

impl RecordingUpload {
    /// The upload `answer` plans for the file `prepare` announced, checked: an upload ID, a positive block size,
    /// and as many blocks as the file's size needs.
    ///
    /// # Errors
    /// [`Error::Upload`] naming what the plan lacks or gets wrong.
    pub fn new(
        prepare: &PrepareRecordUploadRequest,
        answer: &PrepareRecordUploadResponse,
    ) -> Result<Self, Error> {
        let refuse = |reason: String| Error::Upload { reason };
        let upload_id = answer
            .upload_id
            .clone()
            .filter(|id| !id.is_empty())
            .ok_or_else(|| refuse("the upload-prepare answer has no upload_id".to_owned()))?;
        let positive = |value: Option<i64>, name: &str| {
            value
                .and_then(|value| u64::try_from(value).ok())
                .filter(|value| *value > 0)
                .ok_or_else(|| {
                    refuse(format!(
                        "the upload-prepare answer's {name} is not a positive number"
                    ))
                })
        };
        let block_size = positive(answer.block_size, "block_size")?;
        let block_num = positive(answer.block_num, "block_num")?;
        let file_size = u64::try_from(prepare.file_size)
            .map_err(|_| refuse("the file's size is negative".to_owned()))?;
        if file_size.div_ceil(block_size) != block_num {
            return Err(refuse(format!(
                "the upload-prepare answer plans {block_num} parts of {block_size} bytes for a file of {file_size} \
                 bytes"
            )));
        }
        Ok(RecordingUpload {
            operator_id: prepare.operator_id.clone(),
            operator_id_type: prepare.operator_id_type,
            upload_id,
            block_size,
            block_num,
            file_size,
            acknowledged: 0,
        })
    }

    /// The upload's ID (`upload_id`).
    pub fn upload_id(&self) -> &str {
        &self.upload_id
    }

    /// The first part the service has not acknowledged; `None` once every part is.
    pub fn next_part(&self) -> Option<Part> {
        let seq = self.acknowledged + 1;
        if seq > self.block_num {
            return None;
        }
        let offset = (seq - 1) * self.block_size;
        Some(Part {
            seq,
            offset,
            len: self.block_size.min(self.file_size - offset),
        })
    }

    /// The `upload-part` request sending `part` with its `bytes` (checked to be the part's length; its MD5 is the
    /// part's checksum, as the service checks it).
    ///
    /// # Errors
    /// [`Error::Upload`] when `bytes` is not the part's length.
    pub fn part_request(
        &self,
        part: &Part,
        bytes: Vec<u8>,
    ) -> Result<UploadRecordPartRequest, Error> {
        if bytes.len() as u64 != part.len {
            return Err(Error::Upload {
                reason: format!(
                    "part {} is {} bytes long, but {} were read for it (did the file change?)",
                    part.seq,
                    part.len,
                    bytes.len()
                ),
            });
        }
        let checksum = format!("{:x}", md5::compute(&bytes));
        let size = i64::try_from(part.len).unwrap_or(i64::MAX);
        let seq = i64::try_from(part.seq).unwrap_or(i64::MAX);
        Ok(UploadRecordPartRequest::builder()
            .operator_id(self.operator_id.clone())
            .operator_id_type(self.operator_id_type)
            .upload_id(self.upload_id.clone())
            .file_size(size)
            .file_seq(seq)
            .file_checksum(checksum)
            .file_content(wemeet_types::Upload::from_bytes(bytes))
            .build())
    }

    /// Records that the service accepted `part` (which must be the next one).
    ///
    /// # Errors
    /// [`Error::Upload`] when `part` is not the next part.
    pub fn acknowledge(&mut self, part: &Part) -> Result<(), Error> {
        if Some(*part) != self.next_part() {
            return Err(Error::Upload {
                reason: format!("part {} is not the next part to acknowledge", part.seq),
            });
        }
        self.acknowledged = part.seq;
        Ok(())
    }

    /// How far the upload got.
    pub fn progress(&self) -> Progress {
        Progress {
            parts_done: self.acknowledged,
            parts: self.block_num,
            bytes_done: (self.acknowledged * self.block_size).min(self.file_size),
            bytes: self.file_size,
        }
    }

    /// The `upload-finish` request, once every part is acknowledged (`speak_number`: how many people speak, 0 for
    /// several; `ai_record`: whether to make smart minutes, the service's default is yes).
    ///
    /// # Errors
    /// [`Error::Upload`] while a part is not acknowledged.
    pub fn finish_request(
        &self,
        speak_number: i64,
        ai_record: Option<bool>,
    ) -> Result<FinishRecordUploadRequest, Error> {
        if let Some(part) = self.next_part() {
            return Err(Error::Upload {
                reason: format!(
                    "part {} of {} is not uploaded yet",
                    part.seq, self.block_num
                ),
            });
        }
        let request = FinishRecordUploadRequest::builder()
            .operator_id(self.operator_id.clone())
            .operator_id_type(self.operator_id_type)
            .upload_id(self.upload_id.clone())
            .speak_number(speak_number);
        Ok(match ai_record {
            Some(ai_record) => request.ai_record(ai_record).build(),
            None => request.build(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::records::RecordUploadFileType;

    fn upload(size: i64, block_size: i64, block_num: i64) -> Result<RecordingUpload, Error> {
        let prepare = PrepareRecordUploadRequest::builder()
            .operator_id("tester")
            .operator_id_type(OperatorIdType::Userid)
            .file_name("dGFsay5tcDQ=")
            .file_type(RecordUploadFileType::Video)
            .file_size(size)
            .build();
        let plan: PrepareRecordUploadResponse = serde_json::from_value(serde_json::json!({
            "upload_id": "u-1", "block_size": block_size, "block_num": block_num
        }))
        .unwrap();
        RecordingUpload::new(&prepare, &plan)
    }

    #[test]
    fn parts_cover_the_file_once_in_order_the_last_one_shorter() {
        let mut upload = upload(25, 10, 3).unwrap();
        let mut seen = Vec::new();
        while let Some(part) = upload.next_part() {
            seen.push((part.seq, part.offset, part.len));
            upload.acknowledge(&part).unwrap();
        }
        assert_eq!(seen, [(1, 0, 10), (2, 10, 10), (3, 20, 5)]);
        assert_eq!(upload.progress().bytes_done, 25);
        assert!(upload.finish_request(2, None).is_ok());
    }

    #[test]
    fn an_inconsistent_plan_is_refused() {
        assert!(upload(25, 10, 2).is_err(), "too few parts");
        assert!(upload(25, 0, 3).is_err(), "no block size");
        assert!(upload(0, 10, 1).is_err(), "a part for nothing");
    }

    #[test]
    fn a_part_is_checked_and_acknowledged_in_order_only() {
        let mut upload = upload(25, 10, 3).unwrap();
        let first = upload.next_part().unwrap();
        assert!(
            upload.part_request(&first, vec![0; 9]).is_err(),
            "short read"
        );
        let request = upload.part_request(&first, b"helloworld".to_vec()).unwrap();
        assert_eq!(request.file_checksum, "fc5e038d38a57032085441e7fe7010b0");
        assert_eq!((request.file_seq, request.file_size), (1, 10));
        let second = Part {
            seq: 2,
            offset: 10,
            len: 10,
        };
        assert!(upload.acknowledge(&second).is_err(), "not the next part");
        assert!(upload.finish_request(0, Some(true)).is_err(), "not done");
        upload.acknowledge(&first).unwrap();
        assert_eq!(upload.next_part(), Some(second));
        let saved = serde_json::to_string(&upload).unwrap();
        let resumed: RecordingUpload = serde_json::from_str(&saved).unwrap();
        assert_eq!(
            resumed.next_part(),
            Some(second),
            "a saved upload resumes where it stopped"
        );
    }
}

/// A recording upload that stopped: why, and how far it got (`None` when it never started), to resume with the
/// client's `upload_recording_parts` once the cause is gone.
#[derive(Debug, thiserror::Error)]
#[error("{error}{}", match .upload {
    Some(upload) => format!(" (upload {}: {} of {} parts acknowledged; it can be resumed)",
        upload.upload_id(), upload.progress().parts_done, upload.progress().parts),
    None => String::new(),
})]
#[non_exhaustive]
pub struct RecordingUploadStopped {
    /// Why it stopped.
    #[source]
    pub error: Error,
    /// How far it got.
    pub upload: Option<Box<RecordingUpload>>,
}

impl RecordingUploadStopped {
    /// An upload stopped by `error`, having got as far as `upload`.
    pub fn new(error: Error, upload: Option<RecordingUpload>) -> Self {
        RecordingUploadStopped {
            error,
            upload: upload.map(Box::new),
        }
    }
}
