//! Uploading a recording in parts: each part read from the file as it is sent, checked by its MD5, acknowledged
//! before the next; resumable where it stopped.

use std::io::SeekFrom;

use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncSeek, AsyncSeekExt as _};
use wemeet_core::{Progress, RecordingUpload, RecordingUploadStopped};
use wemeet_types::records::{PrepareRecordUploadRequest, RecordUploadJobResponse};

use crate::{Client, Error, Response};

impl Client {
    /// Uploads the recording `file` in parts: `upload-prepare` (the file `request` announces), each part of the
    /// size the service plans (`upload-part`, its MD5 checked by the service, retried like any idempotent call),
    /// then `upload-finish` (`speak_number`: how many people speak, 0 for several; `ai_record`: whether to make
    /// smart minutes). `progress` hears after each part the service accepts.
    ///
    /// A failure returns how far it got ([`RecordingUploadStopped::upload`]): give it to
    /// [`upload_recording_parts`](Self::upload_recording_parts) to go on from the first part not acknowledged,
    /// then [`finish_recording_upload`](Self::finish_recording_upload); no acknowledged part is sent again.
    ///
    /// ```no_run
    /// # async fn example(client: &wemeet::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use wemeet::OperatorIdType;
    /// use wemeet::records::{PrepareRecordUploadRequest, RecordUploadFileType};
    ///
    /// let mut file = tokio::fs::File::open("all-hands.mp4").await?;
    /// let size = file.metadata().await?.len();
    /// let request = PrepareRecordUploadRequest::builder()
    ///     .operator_id("tester")
    ///     .operator_id_type(OperatorIdType::Userid)
    ///     .file_name(wemeet::encode_base64("all-hands.mp4"))
    ///     .file_type(RecordUploadFileType::Video)
    ///     .file_size(i64::try_from(size)?)
    ///     .build();
    /// let job = client
    ///     .upload_recording(&request, &mut file, 0, None, |p| println!("{}/{} parts", p.parts_done, p.parts))
    ///     .await?;
    /// println!("job {:?}", job.job_id);
    /// # Ok(()) }
    /// ```
    pub async fn upload_recording<F: AsyncRead + AsyncSeek + Unpin>(
        &self,
        request: &PrepareRecordUploadRequest,
        file: &mut F,
        speak_number: i64,
        ai_record: Option<bool>,
        progress: impl FnMut(Progress),
    ) -> Result<Response<RecordUploadJobResponse>, Box<RecordingUploadStopped>> {
        let stopped = |error, upload| Box::new(RecordingUploadStopped::new(error, upload));
        let mut upload = self
            .prepare_recording_upload(request)
            .await
            .map_err(|error| stopped(error, None))?;
        if let Err(error) = self
            .upload_recording_parts(&mut upload, file, progress)
            .await
        {
            return Err(stopped(error, Some(upload)));
        }
        self.finish_recording_upload(&upload, speak_number, ai_record)
            .await
            .map_err(|error| stopped(error, Some(upload)))
    }

    /// `upload-prepare`: the service's plan for uploading the file `request` announces, checked.
    pub async fn prepare_recording_upload(
        &self,
        request: &PrepareRecordUploadRequest,
    ) -> Result<RecordingUpload, Error> {
        let plan = self.prepare_record_upload(request).await?;
        RecordingUpload::new(request, &plan)
    }

    /// Sends the parts of `upload` the service has not acknowledged, each read from `file` at its offset, in order;
    /// `progress` hears after each one. On an error, `upload` says how far it got: call again to resume.
    pub async fn upload_recording_parts<F: AsyncRead + AsyncSeek + Unpin>(
        &self,
        upload: &mut RecordingUpload,
        file: &mut F,
        mut progress: impl FnMut(Progress),
    ) -> Result<(), Error> {
        while let Some(part) = upload.next_part() {
            let read_error = |error: std::io::Error| Error::Upload {
                reason: format!("reading part {} of the file: {error}", part.seq),
            };
            file.seek(SeekFrom::Start(part.offset))
                .await
                .map_err(read_error)?;
            let mut bytes = vec![0; usize::try_from(part.len).unwrap_or(usize::MAX)];
            file.read_exact(&mut bytes).await.map_err(read_error)?;
            self.upload_record_part(&upload.part_request(&part, bytes)?)
                .await?;
            upload.acknowledge(&part)?;
            progress(upload.progress());
        }
        Ok(())
    }

    /// `upload-finish`, once every part of `upload` is acknowledged: the answer names the job that turns the
    /// file into a recording (its result arrives as an event).
    pub async fn finish_recording_upload(
        &self,
        upload: &RecordingUpload,
        speak_number: i64,
        ai_record: Option<bool>,
    ) -> Result<Response<RecordUploadJobResponse>, Error> {
        self.finish_record_upload(&upload.finish_request(speak_number, ai_record)?)
            .await
    }
}
