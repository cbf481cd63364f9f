//! The enterprise users (企业用户管理) the mock holds, by enterprise and `userid`, with the `uuid` the service
//! issues each; bounded in bytes like the meetings, the oldest user forgotten first.
//!
//! A user is created not activated (未激活), as the service creates it: it activates itself through the SMS or
//! email invitation, which a test does with [`MockServer::activate_user`](crate::MockServer::activate_user).
//! Unknown and deleted users answer 20001 (用户不存在) alike; the service keeps nothing of a deleted user that
//! the API can read.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use wemeet_types::ErrorCode;
use wemeet_types::users::{
    AiAccountType, CreateUserRequest, LargeMeetingAddOn, UserAccountType, UserInfo, UserStatus,
    WebinarAddOn,
};

use crate::api::bounded_map::{BoundedMap, Weigh};
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::local_time;

/// An enterprise user the mock holds ([`MockServer::users`](crate::MockServer::users)).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoredUser {
    /// The enterprise (`AppId`) the user belongs to: other enterprises cannot see it.
    pub app_id: String,
    /// The ID the enterprise gave the user (`userid`).
    pub userid: String,
    /// The ID the service issued (`uuid`).
    pub uuid: String,
    /// Where the account is: [`UserStatus::Inactive`] once created, [`UserStatus::Normal`] once activated,
    /// [`UserStatus::Disabled`] while disabled.
    pub status: UserStatus,
    /// The user as get user answers it.
    pub info: UserInfo,
}

/// What the requests creating and updating a user set: the fields both kinds of request share, which are the
/// user's profile. Each request decodes into it (it ignores the operator fields), and an update changes the
/// fields it gives.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct UserProfile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) avatar_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) staff_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) job_title: Option<String>,
    /// Unix seconds, answered as a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) entry_time: Option<i64>,
    /// Department IDs, answered as department objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) department_list: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) user_account_type: Option<UserAccountType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) add_on_largemeeting: Option<LargeMeetingAddOn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) add_on_webinar: Option<WebinarAddOn>,
}

impl UserProfile {
    /// The profile fields of a create or update request.
    pub(crate) fn of<R: Serialize>(request: &R) -> Result<Self, ApiError> {
        crate::api::behaviours::reshape(request)
    }

    /// Sets every field `changes` gives.
    fn apply(&mut self, changes: UserProfile) {
        fn set<T>(field: &mut Option<T>, change: Option<T>) {
            if change.is_some() {
                *field = change;
            }
        }
        set(&mut self.username, changes.username);
        set(&mut self.phone, changes.phone);
        set(&mut self.area, changes.area);
        set(&mut self.email, changes.email);
        set(&mut self.avatar_url, changes.avatar_url);
        set(&mut self.staff_id, changes.staff_id);
        set(&mut self.job_title, changes.job_title);
        set(&mut self.entry_time, changes.entry_time);
        set(&mut self.department_list, changes.department_list);
        set(&mut self.user_account_type, changes.user_account_type);
        set(&mut self.add_on_largemeeting, changes.add_on_largemeeting);
        set(&mut self.add_on_webinar, changes.add_on_webinar);
    }
}

/// Everything the mock holds about one user.
#[derive(Debug, Clone)]
pub(crate) struct UserRecord {
    pub(crate) app_id: String,
    pub(crate) userid: String,
    pub(crate) uuid: String,
    pub(crate) status: UserStatus,
    pub(crate) profile: UserProfile,
    /// When it was created or last changed, Unix seconds.
    pub(crate) update_time: i64,
    /// The AI account it holds (AI 账号能力), if any.
    pub(crate) ai_account: Option<AiAccountType>,
    /// The day (China Standard Time) an activation invitation was last sent, for the once-a-day rule.
    pub(crate) activation_invite_day: Option<i64>,
    /// The day a verification SMS was last sent.
    pub(crate) verification_sms_day: Option<i64>,
}

impl UserRecord {
    /// The user as the user endpoints answer it: its profile, its IDs and state, the time of its last change and
    /// entry as text, each department as an object, its role (a plain member: the mock has no administrators).
    pub(crate) fn info(&self) -> Result<UserInfo, ApiError> {
        let mut object = match serde_json::to_value(&self.profile) {
            Ok(Value::Object(object)) => object,
            _ => return Err(ApiError::internal("a user profile is not an object")),
        };
        object.insert("userid".into(), json!(self.userid));
        object.insert("uuid".into(), json!(self.uuid));
        object.insert("status".into(), json!(self.status.code()));
        object.insert(
            "update_time".into(),
            json!(local_time::date_time(self.update_time)),
        );
        if let Some(entry_time) = self.profile.entry_time {
            object.insert("entry_time".into(), json!(local_time::date(entry_time)));
        }
        if let Some(departments) = &self.profile.department_list {
            let departments: Vec<Value> = departments
                .iter()
                .enumerate()
                .map(|(n, id)| json!({ "department_id": id, "is_main": n == 0 }))
                .collect();
            object.insert("department_list".into(), Value::Array(departments));
        }
        object.insert("role_code".into(), json!("NORMAL_ROLE"));
        object.insert("role_name".into(), json!("普通成员"));
        object.insert("enable_ai_account".into(), json!(self.ai_account.is_some()));
        let ai_account_type = self.ai_account.unwrap_or(AiAccountType::NoAccount);
        object.insert("ai_account_type".into(), json!(ai_account_type));
        crate::api::behaviours::reshape(&Value::Object(object))
    }

    /// The user as the handle shows it.
    pub(crate) fn stored(&self) -> Result<StoredUser, ApiError> {
        Ok(StoredUser {
            app_id: self.app_id.clone(),
            userid: self.userid.clone(),
            uuid: self.uuid.clone(),
            status: self.status.clone(),
            info: self.info()?,
        })
    }
}

impl Weigh for UserRecord {
    fn weight(&self) -> usize {
        const OVERHEAD: usize = 256;
        OVERHEAD
            + self.app_id.len()
            + self.userid.len()
            + self.uuid.len()
            + serde_json::to_vec(&self.profile).map_or(0, |bytes| bytes.len())
    }
}

/// A user's key: its enterprise and its `userid`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct UserKey {
    app_id: String,
    userid: String,
}

impl UserKey {
    fn new(app_id: &str, userid: &str) -> Self {
        Self {
            app_id: app_id.to_owned(),
            userid: userid.to_owned(),
        }
    }
}

/// The users, oldest first, with an index by `uuid`.
#[derive(Debug)]
pub(crate) struct Users {
    records: BoundedMap<UserKey, UserRecord>,
    uuids: HashMap<String, UserKey>,
}

impl Users {
    /// No users, at most `max_bytes` of them.
    pub(crate) fn new(max_bytes: usize) -> Self {
        Self {
            records: BoundedMap::new(max_bytes),
            uuids: HashMap::new(),
        }
    }

    /// Creates the user `request` describes in enterprise `app_id` at `now` (Unix seconds), not activated, with a
    /// fresh `uuid`: the `userid` is not taken in the enterprise (20002, 用户已存在), nor the phone number (41003,
    /// 手机号码已存在). The email is kept only without a phone number, which the schema requires: never, as the
    /// docs say (若同时传入手机号和邮箱,则邮箱字段忽略).
    pub(crate) fn create(
        &mut self,
        app_id: &str,
        request: &CreateUserRequest,
        now: i64,
    ) -> Result<&UserRecord, ApiError> {
        let key = UserKey::new(app_id, &request.userid);
        if self.records.get(&key).is_some() {
            return Err(ApiError::new(
                ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
                format!("user {} already exists", request.userid),
            ));
        }
        let mut profile = UserProfile::of(request)?;
        profile.email = None;
        profile.area.get_or_insert_with(|| "86".to_owned());
        self.check_unique(app_id, &request.userid, &profile)?;
        let uuid = loop {
            let uuid = ids::user_uuid();
            if !self.uuids.contains_key(&uuid) {
                break uuid;
            }
        };
        let record = UserRecord {
            app_id: app_id.to_owned(),
            userid: request.userid.clone(),
            uuid: uuid.clone(),
            status: UserStatus::Inactive,
            profile,
            update_time: now,
            ai_account: None,
            activation_invite_day: None,
            verification_sms_day: None,
        };
        self.uuids.insert(uuid, key.clone());
        let dropped = self.records.insert(key.clone(), record);
        self.forget(dropped);
        self.records
            .get(&key)
            .ok_or_else(|| ApiError::internal("a user just created is gone"))
    }

    /// The user `userid` of enterprise `app_id`, or 20001 (用户不存在).
    pub(crate) fn find(&self, app_id: &str, userid: &str) -> Result<&UserRecord, ApiError> {
        self.records
            .get(&UserKey::new(app_id, userid))
            .ok_or_else(|| missing(userid))
    }

    /// The `userid` of the user `uuid` of enterprise `app_id`, or 20001 (用户不存在).
    pub(crate) fn userid_of(&self, app_id: &str, uuid: &str) -> Result<String, ApiError> {
        self.uuids
            .get(uuid)
            .filter(|key| key.app_id == app_id)
            .map(|key| key.userid.clone())
            .ok_or_else(|| missing(uuid))
    }

    /// Applies `change` to the user `userid` of enterprise `app_id` (20001 when there is none); the user is
    /// weighed again afterwards, and older users forgotten if the store grew past its bound.
    pub(crate) fn change<R>(
        &mut self,
        app_id: &str,
        userid: &str,
        change: impl FnOnce(&mut UserRecord) -> Result<R, ApiError>,
    ) -> Result<R, ApiError> {
        let (result, dropped) = self
            .records
            .update(&UserKey::new(app_id, userid), change)
            .ok_or_else(|| missing(userid))?;
        self.forget(dropped);
        result
    }

    /// Applies `changes` to the user `userid` of enterprise `app_id` at `now`: the user exists (20001) and is
    /// usable (20003, 用户不可用: not disabled, as the docs say a disabled user cannot be updated); an activated
    /// user's phone number and email stay as they are (已激活的用户手机号码/邮箱不可修改, 190004 naming the
    /// field); the new phone number and email are not another user's (41003, 41002).
    pub(crate) fn update(
        &mut self,
        app_id: &str,
        userid: &str,
        changes: UserProfile,
        now: i64,
    ) -> Result<(), ApiError> {
        let user = self.find(app_id, userid)?;
        if user.status == UserStatus::Disabled {
            return Err(ApiError::new(
                ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE,
                format!("user {userid} is disabled and cannot be updated"),
            ));
        }
        if user.status == UserStatus::Normal {
            let fixed = [
                ("phone", &changes.phone, &user.profile.phone),
                ("email", &changes.email, &user.profile.email),
            ];
            for (field, new, old) in fixed {
                if new.is_some() && new != old {
                    return Err(ApiError::invalid_parameter(format!(
                        "invalid parameter `{field}`: user {userid} is activated, and an activated user's {field} \
                         cannot be changed"
                    )));
                }
            }
        }
        self.check_unique(app_id, userid, &changes)?;
        self.change(app_id, userid, |user| {
            user.profile.apply(changes);
            user.update_time = now;
            Ok(())
        })
    }

    /// Deletes the user `userid` of enterprise `app_id` (20001 when there is none).
    pub(crate) fn remove(&mut self, app_id: &str, userid: &str) -> Result<UserRecord, ApiError> {
        let removed = self
            .records
            .remove(&UserKey::new(app_id, userid))
            .ok_or_else(|| missing(userid))?;
        self.uuids.remove(&removed.uuid);
        Ok(removed)
    }

    /// The users of enterprise `app_id`, oldest first.
    pub(crate) fn of_enterprise<'s>(
        &'s self,
        app_id: &'s str,
    ) -> impl Iterator<Item = &'s UserRecord> + 's {
        self.records
            .values()
            .filter(move |user| user.app_id == app_id)
    }

    /// Every user, oldest first.
    pub(crate) fn all(&self) -> impl Iterator<Item = &UserRecord> {
        self.records.values()
    }

    /// Activates every user `userid` (of any enterprise) that is not activated yet, as the user accepting the
    /// invitation would; whether there was one.
    pub(crate) fn activate(&mut self, userid: &str) -> bool {
        let keys: Vec<UserKey> = self
            .records
            .values()
            .filter(|user| user.userid == userid && user.status == UserStatus::Inactive)
            .map(|user| UserKey::new(&user.app_id, &user.userid))
            .collect();
        for key in &keys {
            self.records
                .update(key, |user| user.status = UserStatus::Normal);
        }
        !keys.is_empty()
    }

    /// No other user of enterprise `app_id` than `userid` has the phone number (41003) or email (41002) of
    /// `profile`.
    fn check_unique(
        &self,
        app_id: &str,
        userid: &str,
        profile: &UserProfile,
    ) -> Result<(), ApiError> {
        for other in self
            .of_enterprise(app_id)
            .filter(|user| user.userid != userid)
        {
            if profile.phone.is_some() && profile.phone == other.profile.phone {
                return Err(ApiError::new(
                    ErrorCode::PHONE_IN_USE,
                    format!("user {} already has this phone number", other.userid),
                ));
            }
            if profile.email.is_some() && profile.email == other.profile.email {
                return Err(ApiError::new(
                    ErrorCode::EMAIL_IN_USE,
                    format!("user {} already has this email address", other.userid),
                ));
            }
        }
        Ok(())
    }

    /// Forgets the `uuid`s of users the bound dropped.
    fn forget(&mut self, dropped: Vec<UserRecord>) {
        for user in dropped {
            self.uuids.remove(&user.uuid);
        }
    }
}

/// 20001 (用户不存在) for the user `id` (a `userid` or a `uuid`).
fn missing(id: &str) -> ApiError {
    ApiError::new(
        ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        format!("user {id} does not exist"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::OperatorIdType;

    fn request(userid: &str, phone: &str) -> CreateUserRequest {
        CreateUserRequest::builder()
            .userid(userid)
            .username(format!("{userid} name"))
            .phone(phone)
            .email(format!("{userid}@example.com"))
            .entry_time(1_628_495_795)
            .department_list(["d1".to_owned()])
            .operator_id("admin")
            .operator_id_type(OperatorIdType::Userid)
            .build()
    }

    #[test]
    fn a_user_is_created_inactive_and_answers_as_get_user_does() {
        let mut users = Users::new(1 << 20);
        let user = users
            .create("app", &request("u1", "13000000001"), 1_587_463_289)
            .unwrap();
        assert_eq!(user.status, UserStatus::Inactive);
        let info = user.info().unwrap();
        assert_eq!(info.userid.as_deref(), Some("u1"));
        assert_eq!(info.uuid.as_deref().map(str::len), Some(18));
        assert_eq!(info.status, Some(UserStatus::Inactive));
        assert_eq!(info.update_time.as_deref(), Some("2020-04-21 18:01:29"));
        assert_eq!(info.entry_time.as_deref(), Some("2021-08-09"));
        assert_eq!(info.area.as_deref(), Some("86"));
        assert_eq!(
            info.email, None,
            "the email is ignored beside a phone number"
        );
        let departments = info.department_list.unwrap();
        assert_eq!(departments[0].department_id.as_deref(), Some("d1"));
        let uuid = info.uuid.unwrap();
        assert_eq!(users.userid_of("app", &uuid).unwrap(), "u1");
        assert!(users.userid_of("other-app", &uuid).is_err());
    }

    #[test]
    fn userids_and_phone_numbers_are_unique_within_an_enterprise_only() {
        let mut users = Users::new(1 << 20);
        users.create("app", &request("u1", "1"), 0).unwrap();
        let again = users.create("app", &request("u1", "2"), 0).unwrap_err();
        assert_eq!(
            again.code(),
            ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING
        );
        let phone = users.create("app", &request("u2", "1"), 0).unwrap_err();
        assert_eq!(phone.code(), ErrorCode::PHONE_IN_USE);
        assert!(users.create("other-app", &request("u1", "1"), 0).is_ok());
    }

    #[test]
    fn updates_keep_the_rules_of_activated_and_disabled_users() {
        let mut users = Users::new(1 << 20);
        users.create("app", &request("u1", "1"), 0).unwrap();
        users.create("app", &request("u2", "2"), 0).unwrap();
        let taken = UserProfile {
            phone: Some("2".into()),
            ..UserProfile::default()
        };
        let error = users.update("app", "u1", taken.clone(), 5).unwrap_err();
        assert_eq!(error.code(), ErrorCode::PHONE_IN_USE);
        let renamed = UserProfile {
            username: Some("new".into()),
            phone: Some("3".into()),
            ..UserProfile::default()
        };
        users.update("app", "u1", renamed, 7).unwrap();
        let user = users.find("app", "u1").unwrap();
        assert_eq!(user.profile.username.as_deref(), Some("new"));
        assert_eq!(
            (user.profile.phone.as_deref(), user.update_time),
            (Some("3"), 7)
        );

        assert!(users.activate("u1"));
        assert!(!users.activate("u1"), "already activated");
        let phone = UserProfile {
            phone: Some("4".into()),
            ..UserProfile::default()
        };
        let fixed = users.update("app", "u1", phone, 8).unwrap_err();
        assert!(fixed.message().contains("`phone`"), "{}", fixed.message());
        users
            .change("app", "u1", |user| {
                user.status = UserStatus::Disabled;
                Ok(())
            })
            .unwrap();
        let disabled = users
            .update("app", "u1", UserProfile::default(), 9)
            .unwrap_err();
        assert_eq!(
            disabled.code(),
            ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE
        );
    }

    #[test]
    fn a_deleted_user_is_gone_by_userid_and_by_uuid() {
        let mut users = Users::new(1 << 20);
        let uuid = users
            .create("app", &request("u1", "1"), 0)
            .unwrap()
            .uuid
            .clone();
        users.remove("app", "u1").unwrap();
        for error in [
            users.find("app", "u1").map(drop).unwrap_err(),
            users.userid_of("app", &uuid).map(drop).unwrap_err(),
            users.remove("app", "u1").map(drop).unwrap_err(),
        ] {
            assert_eq!(
                error.code(),
                ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG
            );
        }
        assert!(
            users.create("app", &request("u1", "1"), 0).is_ok(),
            "the userid is free again"
        );
    }

    #[test]
    fn the_oldest_users_go_once_the_users_weigh_more_than_their_bound() {
        let mut users = Users::new(4_000);
        let mut uuids = Vec::new();
        for n in 0..40 {
            let user = users
                .create("app", &request(&format!("u{n}"), &n.to_string()), 0)
                .unwrap();
            uuids.push(user.uuid.clone());
        }
        assert!(
            users.find("app", "u0").is_err(),
            "the first user was forgotten"
        );
        assert!(users.userid_of("app", &uuids[0]).is_err(), "with its uuid");
        assert!(users.find("app", "u39").is_ok());
        assert!(users.all().count() < 40);
    }
}
