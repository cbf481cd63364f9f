//! The handle's side of enterprise users: what the mock holds, and users activating their accounts.

use crate::api::users_store::StoredUser;
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
}
