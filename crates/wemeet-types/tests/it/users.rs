//! `User`: a user ID string or a `UserObj`, each decoding and encoding as itself.

use serde_json::json;
use wemeet_types::{User, UserObj};

#[test]
fn strings_and_objects_both_decode() {
    let users: Vec<User> =
        serde_json::from_value(json!(["tester", {"userid": "guest", "is_anonymous": "true"}]))
            .unwrap();
    assert_eq!(users[0], User::Id("tester".into()));
    assert_eq!(
        users[1],
        User::Obj(
            UserObj::builder()
                .userid("guest")
                .is_anonymous("true")
                .build()
        )
    );
    assert_eq!(
        users.iter().map(User::userid).collect::<Vec<_>>(),
        ["tester", "guest"]
    );
}

#[test]
fn each_form_encodes_as_itself() {
    let users = [
        User::from("a"),
        User::from(String::from("b")),
        User::from(UserObj::builder().userid("c").profile_photo("p").build()),
    ];
    assert_eq!(
        serde_json::to_value(users).unwrap(),
        json!(["a", "b", {"userid": "c", "profile_photo": "p"}])
    );
}

#[test]
fn an_object_without_userid_names_the_field() {
    let error = serde_json::from_value::<User>(json!({"nick_name": "n"}))
        .unwrap_err()
        .to_string();
    assert!(error.contains("missing field `userid`"), "{error}");
}

#[test]
fn other_json_says_what_a_user_is() {
    for bad in [json!(1), json!(true), json!(null), json!(["a"])] {
        let error = serde_json::from_value::<User>(bad.clone())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("a user ID string or a UserObj object"),
            "{bad}: {error}"
        );
    }
}
