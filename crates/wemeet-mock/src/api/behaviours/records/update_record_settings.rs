//! `PUT /v1/records/settings/{meeting_record_id}`: change the sharing settings of a meeting recording.

use wemeet_types::ErrorCode;
use wemeet_types::records::{
    RecordShareScope, RecordSharingAuthType, RecordSharingConfig, RecordSharingSettings,
    UpdateRecordSettings,
};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::recording_events;
use crate::api::store::Store;

/// Sets the recording's sharing settings to those sent, each absent one to its documented default, answering an
/// empty body: the recording exists in the caller's enterprise (and is the meeting's `meeting_id` names, when
/// given: 4049, 不存在的记录; 4051 once deleted), and the operator manages it (403). The settings keep the
/// docs' rules (190004 naming the field otherwise): with sharing off no other setting is sent, and the earlier
/// settings are forgotten; a password only with `enable_password` (on by default; a random one when none is sent),
/// an expiry only with, and always with, `enable_sharing_expire`. Emits `recording.updated`, except for an
/// uploaded file.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, UpdateRecordSettings>,
) -> Result<(), ApiError> {
    let id = call.path.meeting_record_id.as_str();
    let request = &call.request;
    let record = super::held_recording(store, call.caller, id)?;
    super::check_meeting(
        record,
        request.meeting_id.as_deref(),
        ErrorCode::RECORD_NOT_EXIST,
    )?;
    record.check_managed_by(&request.operator_id)?;
    let settings = settings(request.sharing_config.clone().unwrap_or_default())?;
    let record = store
        .recordings
        .set_sharing(id, settings)
        .ok_or_else(|| ApiError::internal("a recording just found is gone"))?;
    if let Some(event) = recording_events::updated(&request.operator_id, &record) {
        call.events.emit(event);
    }
    Ok(())
}

/// The settings `config` makes, by the rules of [`handle`].
fn settings(config: RecordSharingConfig) -> Result<RecordSharingSettings, ApiError> {
    let refuse = |field: &str, rule: &str| {
        Err(ApiError::invalid_parameter(format!(
            "invalid parameter `sharing_config.{field}`: {rule}"
        )))
    };
    if config.enable_sharing == Some(false) {
        let mut others = config;
        others.enable_sharing = None;
        if others != RecordSharingConfig::default() {
            return refuse(
                "enable_sharing",
                "with sharing off (false) no other setting may be sent",
            );
        }
        return Ok(RecordSharingSettings::builder()
            .enable_sharing(false)
            .build());
    }
    let enable_password = config.enable_password.unwrap_or(true);
    let password = match (enable_password, config.password) {
        (true, Some(password)) => Some(password),
        (true, None) => Some(ids::sharing_password()),
        (false, Some(_)) => {
            return refuse(
                "password",
                "a password is sent only with enable_password true",
            );
        }
        (false, None) => None,
    };
    let enable_expire = config.enable_sharing_expire.unwrap_or(false);
    let expire = match (enable_expire, config.sharing_expire) {
        (true, Some(expire)) => Some(expire),
        (true, None) => {
            return refuse(
                "sharing_expire",
                "the expiry is required with enable_sharing_expire true",
            );
        }
        (false, Some(_)) => {
            return refuse(
                "sharing_expire",
                "an expiry is sent only with enable_sharing_expire true",
            );
        }
        (false, None) => None,
    };
    // The retiring sharing_auth_type's "members of the enterprise" is the same-enterprise scope.
    let scope = config
        .share_scope
        .unwrap_or(match config.sharing_auth_type {
            Some(RecordSharingAuthType::SameEnterprise) => RecordShareScope::SameEnterprise,
            _ => RecordShareScope::Everyone,
        });
    let mut settings = RecordSharingSettings::builder()
        .enable_sharing(true)
        .share_scope(scope)
        .enable_approve(config.enable_approve.unwrap_or(false))
        .enable_password(enable_password)
        .enable_sharing_expire(enable_expire)
        .allow_download(config.allow_download.unwrap_or(false))
        .allow_view_transcripts(config.allow_view_transcripts.unwrap_or(true));
    if let Some(password) = password {
        settings = settings.password(password);
    }
    if let Some(expire) = expire {
        settings = settings.sharing_expire(expire);
    }
    Ok(settings.build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_settings_take_their_documented_defaults() {
        let set = settings(RecordSharingConfig::default()).unwrap();
        assert_eq!(set.enable_sharing, Some(true));
        assert_eq!(set.enable_password, Some(true));
        let password = set.password.unwrap();
        assert_eq!(password.len(), 6, "a random password by default");
        assert_eq!(
            (
                set.enable_sharing_expire,
                set.sharing_expire,
                set.allow_download
            ),
            (Some(false), None, Some(false))
        );
        assert_eq!(set.allow_view_transcripts, Some(true));
        assert_eq!(set.share_scope, Some(RecordShareScope::Everyone));
    }

    #[test]
    fn the_docs_rules_between_settings_are_kept() {
        let off_with_more = RecordSharingConfig::builder()
            .enable_sharing(false)
            .allow_download(true)
            .build();
        let error = settings(off_with_more).unwrap_err();
        assert!(
            error.message().contains("sharing_config.enable_sharing"),
            "{}",
            error.message()
        );
        let off = RecordSharingConfig::builder().enable_sharing(false).build();
        assert_eq!(settings(off).unwrap().password, None);
        let password_without = RecordSharingConfig::builder()
            .enable_password(false)
            .password("abcd")
            .build();
        assert!(settings(password_without).is_err());
        let expiry_missing = RecordSharingConfig::builder()
            .enable_sharing_expire(true)
            .build();
        assert!(settings(expiry_missing).is_err());
        let expiry_unwanted = RecordSharingConfig::builder().sharing_expire(1).build();
        assert!(settings(expiry_unwanted).is_err());
        let full = RecordSharingConfig::builder()
            .enable_password(true)
            .password("12asABcs")
            .enable_sharing_expire(true)
            .sharing_expire(1_640_908_800_000_i64)
            .sharing_auth_type(RecordSharingAuthType::SameEnterprise)
            .build();
        let set = settings(full).unwrap();
        assert_eq!(set.password.as_deref(), Some("12asABcs"));
        assert_eq!(set.sharing_expire, Some(1_640_908_800_000));
        assert_eq!(set.share_scope, Some(RecordShareScope::SameEnterprise));
    }
}
