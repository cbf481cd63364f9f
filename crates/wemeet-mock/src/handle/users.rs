//! The handle's side of enterprise users: what the mock holds, and users activating their accounts.

use wemeet_types::OperatorIdType;
use wemeet_types::users::CreateUserRequest;

use crate::api::users_store::StoredUser;
use crate::demo;
use crate::handle::mock_server::MockServer;
use crate::handle::state::lock;

impl MockServer {
    /// The enterprise users held, oldest first (deleted ones gone), as get user answers them.
    pub fn users(&self) -> Vec<StoredUser> {
        let store = lock(&self.app.store);
        store
            .users
            .all()
            .filter_map(|user| user.stored().ok())
            .collect()
    }

    /// Activates the account of user `userid` (of whichever enterprise created it), as the user accepting the
    /// activation invitation would: a user is created not activated (未激活), and only an activated one can be
    /// enabled or disabled or sent a verification SMS. Returns whether there was such a user not activated yet.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::MockServer;
    ///
    /// let server = MockServer::start_blocking()?;
    /// // Create the user through the client under test, then:
    /// assert!(!server.activate_user("alice"), "no such user here");
    /// # Ok(()) }
    /// ```
    pub fn activate_user(&self, userid: &str) -> bool {
        lock(&self.app.store).users.activate(userid)
    }

    /// Forgets user `userid` (of whichever enterprise created it), as if it had been deleted; whether there was one.
    /// A test that creates the same user again through the API starts from here.
    pub fn forget_user(&self, userid: &str) -> bool {
        let mut store = lock(&self.app.store);
        let apps: Vec<String> = store
            .users
            .all()
            .filter(|user| user.userid == userid)
            .map(|user| user.app_id.clone())
            .collect();
        for app_id in &apps {
            // Found just above, under the same lock: the removal cannot miss.
            let _ = store.users.remove(app_id, userid);
        }
        !apps.is_empty()
    }

    /// User `userid` of the demo enterprise ([`credentials`](Self::credentials)), created now if there is none
    /// (named `userid`, with a phone number of its own) as create user leaves one: not activated
    /// ([`activate_user`](Self::activate_user) activates it); `None` when the store refuses it.
    pub fn add_user(&self, userid: &str) -> Option<StoredUser> {
        let now = self.app.clock.now_unix_seconds();
        let mut store = lock(&self.app.store);
        if store.users.find(demo::APP_ID, userid).is_err() {
            let request = CreateUserRequest::builder()
                .operator_id(userid)
                .operator_id_type(OperatorIdType::Userid)
                .userid(userid)
                .username(userid)
                .phone(crate::sample::phone_of(userid))
                .build();
            store
                .users
                .create(
                    demo::APP_ID,
                    &request,
                    i64::try_from(now).unwrap_or(i64::MAX),
                )
                .ok()?;
        }
        store.users.find(demo::APP_ID, userid).ok()?.stored().ok()
    }
}
