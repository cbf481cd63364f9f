//! Recording files uploaded part by part (分块上传: `upload-prepare`, `upload-part` for each part,
//! `upload-finish`), and the checks of a file uploaded whole (`upload-all`).
//!
//! The plan: `upload-prepare` answers an upload ID, the part size (`block_size`, the mock's
//! [`MockServerBuilder::record_upload_block_size`](crate::MockServerBuilder::record_upload_block_size)) and the
//! number of parts (`block_num`, the file's size divided by the part size, rounded up). Each part carries its
//! number (`file_seq`, from 1), its size and the MD5 of its bytes. The docs say neither whether parts must come
//! in order nor which codes a broken part answers; the mock, like the SDK's client, sends them in order, and
//! answers each broken rule with 190004 naming its field and the rule: a part number past the plan, a part after
//! a gap, a size other than the plan's (`block_size` for every part but the last, which holds the rest), content
//! of another size than `file_size`, or an MD5 other than the bytes'. A part accepted already and sent again
//! with the same bytes is accepted again (the client re-sends a part whose answer it lost); with other bytes it
//! is refused. Finishing refuses while parts are missing, naming them; a finished upload is gone. Only the MD5 of
//! each part is kept, never its bytes.

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use wemeet_types::records::{
    PrepareRecordUploadRequest, PrepareRecordUploadResponse, RecordUploadFileType,
    UploadRecordFileRequest, UploadRecordPartRequest,
};

use crate::api::bounded_map::{BoundedMap, Weigh};
use crate::api::error::ApiError;
use crate::api::ids;

/// The largest audio file a part-by-part upload takes: 500 MB (最大500M), read as 500 MiB like the video
/// limit the request schema checks (`PrepareRecordUploadRequest::FILE_SIZE_MAXIMUM`); the schema leaves this one
/// to the service, because it depends on `file_type`.
const VOICE_MAX_BYTES: u64 = 500 * 1024 * 1024;

/// The part size of the uploads when the builder sets none
/// ([`MockServerBuilder::DEFAULT_RECORD_UPLOAD_BLOCK_SIZE`](crate::MockServerBuilder::DEFAULT_RECORD_UPLOAD_BLOCK_SIZE)).
pub(crate) const DEFAULT_BLOCK_SIZE: u64 = 512 * 1024;

/// An upload prepared and not finished yet.
#[derive(Debug, Clone)]
pub(crate) struct OpenUpload {
    pub(crate) upload_id: String,
    /// The enterprise that prepared it: other enterprises cannot send its parts.
    pub(crate) app_id: String,
    /// Who prepared it: the uploaded recording is theirs.
    pub(crate) operator_id: String,
    /// The file's name, decoded from base64.
    pub(crate) file_name: String,
    pub(crate) file_size: u64,
    pub(crate) block_size: u64,
    pub(crate) block_num: u64,
    /// The MD5 (lower-case hexadecimal) of each part accepted, in order: part `n` is at `n - 1`.
    pub(crate) parts: Vec<String>,
}

impl OpenUpload {
    /// How many bytes part `seq` (from 1) holds by the plan: the part size, the last part the rest.
    fn part_size(&self, seq: u64) -> u64 {
        if seq < self.block_num {
            self.block_size
        } else {
            self.file_size - (self.block_num - 1) * self.block_size
        }
    }

    fn accepted(&self) -> u64 {
        self.parts.len() as u64
    }
}

impl Weigh for OpenUpload {
    fn weight(&self) -> usize {
        const OVERHEAD: usize = 256;
        OVERHEAD
            + self.upload_id.len()
            + self.app_id.len()
            + self.operator_id.len()
            + self.file_name.len()
            + self.parts.len() * 48
    }
}

/// The uploads under way, oldest first (bounded in bytes: the oldest is forgotten first), and the part size the
/// next ones are planned with.
#[derive(Debug)]
pub(crate) struct Uploads {
    open: BoundedMap<String, OpenUpload>,
    block_size: u64,
}

impl Uploads {
    /// No uploads, at most `max_bytes` of them, planned in parts of `block_size` bytes (at least 1).
    pub(crate) fn new(max_bytes: usize, block_size: u64) -> Self {
        Self {
            open: BoundedMap::new(max_bytes),
            block_size: block_size.max(1),
        }
    }

    /// The part size of the uploads prepared from now on.
    pub(crate) fn block_size(&self) -> u64 {
        self.block_size
    }

    /// Plans the uploads prepared from now on in parts of `block_size` bytes (at least 1).
    pub(crate) fn set_block_size(&mut self, block_size: u64) {
        self.block_size = block_size.max(1);
    }

    /// Opens an upload of the file `request` describes for enterprise `app_id` and answers its plan: a file of at
    /// least one byte (an empty file has no part to send) and, for audio, at most [`VOICE_MAX_BYTES`]; both
    /// rules 190004 naming `file_size`.
    pub(crate) fn prepare(
        &mut self,
        app_id: &str,
        request: &PrepareRecordUploadRequest,
    ) -> Result<PrepareRecordUploadResponse, ApiError> {
        let file_size = u64::try_from(request.file_size).unwrap_or(0);
        if file_size == 0 {
            return Err(ApiError::invalid_parameter(
                "invalid parameter `file_size`: an empty file has no part to upload",
            ));
        }
        if request.file_type == RecordUploadFileType::Voice && file_size > VOICE_MAX_BYTES {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `file_size`: an audio file is at most {VOICE_MAX_BYTES} bytes (500 MB, read as \
                 MiB), this one is {file_size}"
            )));
        }
        let upload_id = loop {
            let id = ids::record_id();
            if self.open.get(&id).is_none() {
                break id;
            }
        };
        let upload = OpenUpload {
            upload_id: upload_id.clone(),
            app_id: app_id.to_owned(),
            operator_id: request.operator_id.clone(),
            file_name: decoded_name(&request.file_name),
            file_size,
            block_size: self.block_size,
            block_num: file_size.div_ceil(self.block_size),
            parts: Vec::new(),
        };
        let answer = PrepareRecordUploadResponse::builder()
            .upload_id(upload_id.clone())
            .block_size(count(upload.block_size))
            .block_num(count(upload.block_num))
            .build();
        self.open.insert(upload_id, upload);
        Ok(answer)
    }

    /// Accepts the part `request` carries, by the rules of the module's docs.
    pub(crate) fn accept_part(
        &mut self,
        app_id: &str,
        request: &UploadRecordPartRequest,
    ) -> Result<(), ApiError> {
        let upload = self.find(app_id, &request.upload_id)?;
        let seq = u64::try_from(request.file_seq).unwrap_or(0);
        if seq > upload.block_num {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `file_seq`: upload {} has {} parts, numbered from 1; there is no part {seq}",
                upload.upload_id, upload.block_num
            )));
        }
        let next = upload.accepted() + 1;
        if seq > next {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `file_seq`: part {seq} of upload {} leaves a gap: parts are sent in order, \
                 and part {next} is the next one",
                upload.upload_id
            )));
        }
        let expected = upload.part_size(seq);
        if u64::try_from(request.file_size).ok() != Some(expected) {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `file_size`: part {seq} of upload {} holds {expected} bytes by its plan \
                 ({}-byte parts, the last one the rest), not {}",
                upload.upload_id, upload.block_size, request.file_size
            )));
        }
        let checksum = checked_content(&request.file_content, expected, &request.file_checksum)?;
        let upload_id = upload.upload_id.clone();
        if let Some(accepted) = upload.parts.get(index(seq)) {
            return if *accepted == checksum {
                Ok(())
            } else {
                Err(ApiError::invalid_parameter(format!(
                    "invalid parameter `file_content`: part {seq} of upload {upload_id} was accepted already with \
                     other bytes (MD5 {accepted})"
                )))
            };
        }
        self.open
            .update(&upload_id, |upload| upload.parts.push(checksum));
        Ok(())
    }

    /// Closes the upload `upload_id` of enterprise `app_id` once every part is in, and answers it; while parts are
    /// missing, 190004 naming them.
    pub(crate) fn finish(&mut self, app_id: &str, upload_id: &str) -> Result<OpenUpload, ApiError> {
        let upload = self.find(app_id, upload_id)?;
        if upload.accepted() < upload.block_num {
            let missing = if upload.accepted() + 1 == upload.block_num {
                format!("part {}", upload.block_num)
            } else {
                format!("parts {} to {}", upload.accepted() + 1, upload.block_num)
            };
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `upload_id`: upload {upload_id} cannot finish: {missing} of {} not uploaded yet",
                upload.block_num
            )));
        }
        self.open
            .remove(&upload_id.to_owned())
            .ok_or_else(|| ApiError::internal("an upload just found is gone"))
    }

    /// How many parts of upload `upload_id` were accepted, if it is under way.
    pub(crate) fn accepted_parts(&self, upload_id: &str) -> Option<u64> {
        self.open
            .get(&upload_id.to_owned())
            .map(OpenUpload::accepted)
    }

    /// The upload `upload_id` of enterprise `app_id`, or 190004 naming `upload_id`.
    fn find(&self, app_id: &str, upload_id: &str) -> Result<&OpenUpload, ApiError> {
        self.open
            .get(&upload_id.to_owned())
            .filter(|upload| upload.app_id == app_id)
            .ok_or_else(|| {
                ApiError::invalid_parameter(format!(
                    "invalid parameter `upload_id`: no upload {upload_id} is under way (prepare one with \
                     upload-prepare; a finished upload is gone)"
                ))
            })
    }
}

/// Checks a whole file (`upload-all`): its content has `file_size` bytes and the MD5 `file_checksum`; answers
/// the file's name, decoded.
pub(crate) fn check_whole_file(request: &UploadRecordFileRequest) -> Result<String, ApiError> {
    let size = u64::try_from(request.file_size).unwrap_or(0);
    checked_content(&request.file_content, size, &request.file_checksum)?;
    Ok(decoded_name(&request.file_name))
}

/// The MD5 of `content` (lower-case hexadecimal), which must be `size` bytes long and match `checksum` (either
/// case); 190004 naming `file_content` or `file_checksum` otherwise.
fn checked_content(
    content: &wemeet_types::Upload,
    size: u64,
    checksum: &str,
) -> Result<String, ApiError> {
    let bytes = content
        .bytes()
        .ok_or_else(|| ApiError::internal("an uploaded file arrived as a stream"))?;
    if bytes.len() as u64 != size {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `file_content`: it holds {} bytes, but file_size says {size}",
            bytes.len()
        )));
    }
    let actual = format!("{:x}", md5::compute(bytes));
    if !actual.eq_ignore_ascii_case(checksum) {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `file_checksum`: {checksum} is not the MD5 of the bytes sent ({actual})"
        )));
    }
    Ok(actual)
}

/// A file name sent in base64 (validation checked it decodes), decoded; the text as sent if it does not.
fn decoded_name(file_name: &str) -> String {
    BASE64_STANDARD
        .decode(file_name)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_else(|| file_name.to_owned())
}

/// The index of part `seq` (from 1) among the accepted parts.
fn index(seq: u64) -> usize {
    usize::try_from(seq.saturating_sub(1)).unwrap_or(usize::MAX)
}

/// A count as the answers' integers hold it.
fn count(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// The request sending part `seq` of upload `upload_id`: `bytes`, their size and their MD5, by `alice`.
#[cfg(test)]
pub(crate) fn part_request(upload_id: &str, seq: i64, bytes: &[u8]) -> UploadRecordPartRequest {
    UploadRecordPartRequest::builder()
        .operator_id("alice")
        .operator_id_type(wemeet_types::OperatorIdType::Userid)
        .upload_id(upload_id)
        .file_size(i64::try_from(bytes.len()).unwrap_or(i64::MAX))
        .file_seq(seq)
        .file_checksum(format!("{:x}", md5::compute(bytes)))
        .file_content(wemeet_types::Upload::from_bytes(bytes.to_vec()))
        .build()
}

#[cfg(test)]
mod tests {
    use wemeet_types::{ErrorCode, OperatorIdType, Upload};

    use super::*;

    const BLOCK: u64 = 4;

    fn prepare(
        uploads: &mut Uploads,
        size: i64,
        file_type: RecordUploadFileType,
    ) -> Result<PrepareRecordUploadResponse, ApiError> {
        let request = PrepareRecordUploadRequest::builder()
            .operator_id("alice")
            .operator_id_type(OperatorIdType::Userid)
            .file_name(wemeet_types::encode_base64("talk.mp4"))
            .file_type(file_type)
            .file_size(size)
            .build();
        uploads.prepare("app", &request)
    }

    fn refused(result: Result<(), ApiError>, field: &str) -> String {
        let error = result.expect_err("refused");
        assert_eq!(error.code(), ErrorCode::INVALID_PARAMETER);
        assert!(
            error.message().contains(&format!("`{field}`")),
            "{}",
            error.message()
        );
        error.message().to_owned()
    }

    /// An upload of the 10 bytes `0123456789` in parts of 4: `0123`, `4567`, `89`.
    fn ten_bytes(uploads: &mut Uploads) -> String {
        let plan = prepare(uploads, 10, RecordUploadFileType::Video).unwrap();
        assert_eq!((plan.block_size, plan.block_num), (Some(4), Some(3)));
        plan.upload_id.unwrap()
    }

    #[test]
    fn parts_in_order_with_their_sizes_and_digests_complete_an_upload() {
        let mut uploads = Uploads::new(1 << 20, BLOCK);
        let id = ten_bytes(&mut uploads);
        uploads
            .accept_part("app", &part_request(&id, 1, b"0123"))
            .unwrap();
        uploads
            .accept_part("app", &part_request(&id, 2, b"4567"))
            .unwrap();
        let early = uploads.finish("app", &id).unwrap_err();
        assert!(
            early.message().contains("part 3 of 3"),
            "{}",
            early.message()
        );
        uploads
            .accept_part("app", &part_request(&id, 3, b"89"))
            .unwrap();
        assert_eq!(uploads.accepted_parts(&id), Some(3));
        let done = uploads.finish("app", &id).unwrap();
        assert_eq!((done.file_name.as_str(), done.file_size), ("talk.mp4", 10));
        assert_eq!(
            uploads.accepted_parts(&id),
            None,
            "a finished upload is gone"
        );
        refused(uploads.finish("app", &id).map(drop), "upload_id");
    }

    #[test]
    fn a_gap_a_wrong_size_a_wrong_digest_or_a_part_past_the_plan_is_refused() {
        let mut uploads = Uploads::new(1 << 20, BLOCK);
        let id = ten_bytes(&mut uploads);
        let gap = refused(
            uploads.accept_part("app", &part_request(&id, 2, b"4567")),
            "file_seq",
        );
        assert!(gap.contains("part 1 is the next"), "{gap}");
        refused(
            uploads.accept_part("app", &part_request(&id, 1, b"012")),
            "file_size",
        );
        let mut lying = part_request(&id, 1, b"0123");
        lying.file_size = 4;
        lying.file_content = Upload::from_bytes(b"01234".to_vec());
        refused(uploads.accept_part("app", &lying), "file_content");
        let mut corrupt = part_request(&id, 1, b"0123");
        corrupt.file_checksum = format!("{:x}", md5::compute(b"0124"));
        refused(uploads.accept_part("app", &corrupt), "file_checksum");
        refused(
            uploads.accept_part("app", &part_request(&id, 4, b"")),
            "file_seq",
        );
        uploads
            .accept_part("app", &part_request(&id, 1, b"0123"))
            .unwrap();
        uploads
            .accept_part("app", &part_request(&id, 2, b"4567"))
            .unwrap();
        let short_last = refused(
            uploads.accept_part("app", &part_request(&id, 3, b"8")),
            "file_size",
        );
        assert!(short_last.contains("holds 2 bytes"), "{short_last}");
        refused(
            uploads.accept_part("other-app", &part_request(&id, 3, b"89")),
            "upload_id",
        );
        assert_eq!(
            uploads.accepted_parts(&id),
            Some(2),
            "no refused part counted"
        );
    }

    #[test]
    fn a_part_sent_again_is_accepted_again_with_the_same_bytes_only() {
        let mut uploads = Uploads::new(1 << 20, BLOCK);
        let id = ten_bytes(&mut uploads);
        uploads
            .accept_part("app", &part_request(&id, 1, b"0123"))
            .unwrap();
        let mut upper = part_request(&id, 1, b"0123");
        upper.file_checksum = upper.file_checksum.to_ascii_uppercase();
        uploads.accept_part("app", &upper).unwrap();
        refused(
            uploads.accept_part("app", &part_request(&id, 1, b"abcd")),
            "file_content",
        );
        assert_eq!(uploads.accepted_parts(&id), Some(1));
    }

    #[test]
    fn the_plan_needs_a_file_and_audio_keeps_its_own_limit() {
        let mut uploads = Uploads::new(1 << 20, 3);
        let empty = prepare(&mut uploads, 0, RecordUploadFileType::Video).unwrap_err();
        assert!(
            empty.message().contains("`file_size`"),
            "{}",
            empty.message()
        );
        let big_voice = i64::try_from(VOICE_MAX_BYTES + 1).unwrap();
        prepare(&mut uploads, big_voice, RecordUploadFileType::Voice).unwrap_err();
        let video = prepare(&mut uploads, big_voice, RecordUploadFileType::Video).unwrap();
        assert_eq!(
            video.block_num,
            Some(count((VOICE_MAX_BYTES + 1).div_ceil(3)))
        );
        let one = prepare(&mut uploads, 3, RecordUploadFileType::Voice).unwrap();
        assert_eq!((one.block_size, one.block_num), (Some(3), Some(1)));
    }

    #[test]
    fn a_whole_file_needs_its_size_and_its_digest() {
        let request = |bytes: &[u8], size: i64, checksum: String| {
            UploadRecordFileRequest::builder()
                .operator_id("alice")
                .operator_id_type(OperatorIdType::Userid)
                .file_name(wemeet_types::encode_base64("call.m4a"))
                .file_type(RecordUploadFileType::Voice)
                .file_size(size)
                .file_checksum(checksum)
                .file_content(Upload::from_bytes(bytes.to_vec()))
                .speak_number(2)
                .build()
        };
        let digest = format!("{:x}", md5::compute(b"hello world"));
        assert_eq!(
            check_whole_file(&request(b"hello world", 11, digest.clone())).unwrap(),
            "call.m4a"
        );
        refused(
            check_whole_file(&request(b"hello world", 12, digest.clone())).map(drop),
            "file_content",
        );
        refused(
            check_whole_file(&request(b"hello worle", 11, digest)).map(drop),
            "file_checksum",
        );
    }
}
