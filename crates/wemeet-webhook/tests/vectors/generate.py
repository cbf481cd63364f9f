#!/usr/bin/env python3
"""Writes python-cryptography.json: Tencent Meeting callback vectors computed independently of wemeet-webhook.

The signature is computed with hashlib, AES-256-CBC and PKCS#7 with the `cryptography` package, base64 with the
standard library, each as the docs describe them (webhooks.md (c), (d)): signature = lowercase hex
sha1(sort(token, timestamp, nonce, data)); AESKey = base64_decode(EncodingAESKey + "="); IV = AESKey[:16];
data / check_str = base64(AES-CBC(PKCS#7(plaintext))). Nothing here reads Rust code or output.

    pip install cryptography
    python3 tests/vectors/generate.py        (from crates/wemeet-webhook; CI does not need it)

The output is deterministic (a seeded generator picks the random keys and challenges), so running it again
reproduces the committed file byte for byte.
"""

import base64
import hashlib
import json
import pathlib
import platform
import random
import string
import urllib.parse

import cryptography
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "events"
OUTPUT = HERE / "python-cryptography.json"

RNG = random.Random(20240611)

DOC_TOKEN = "bVPU6F8Htxl5XkAbp3jGV2xWp"
DOC_TIMESTAMP = "1609239040864"
DOC_NONCE = "14964161"
# webhooks.md (d): the derived vectors use the key bytes 0..31.
SEQUENTIAL_KEY = base64.b64encode(bytes(range(32))).decode().rstrip("=")


def signature(token, timestamp, nonce, data):
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, data])).encode()).hexdigest()


def aes_key(encoding_aes_key):
    # Python's decoder ignores the 2 unused bits of the 43rd character, as the docs' Go sample does.
    key = base64.b64decode(encoding_aes_key + "=")
    assert len(key) == 32
    return key


def encrypt(encoding_aes_key, plaintext, block_bits=128):
    """PKCS#7 to `block_bits` (128 as the service does; 256 as WeCom does), then AES-256-CBC, IV = key[:16]."""
    key = aes_key(encoding_aes_key)
    padder = padding.PKCS7(block_bits).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def encrypt_raw(encoding_aes_key, padded):
    """AES-256-CBC of an already padded buffer (for vectors with broken padding)."""
    key = aes_key(encoding_aes_key)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def b64(raw):
    return base64.b64encode(raw).decode()


def random_key_with_trailing_bits():
    """43 random letters and digits whose last character has non-zero unused bits (3 keys in 4 do)."""
    alphabet = string.ascii_letters + string.digits
    while True:
        key = "".join(RNG.choice(alphabet) for _ in range(43))
        if (string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/").index(key[-1]) & 0b11:
            return key


def fixture(name):
    return (FIXTURES / name).read_text(encoding="utf-8").strip()


def compact(json_text):
    return json.dumps(json.loads(json_text), ensure_ascii=False, separators=(",", ":"))


def delivery(name, description, *, token=DOC_TOKEN, key=None, timestamp=DOC_TIMESTAMP, nonce=DOC_NONCE,
             plaintext=None, data=None, signed=None, signing_token=None, body=None, error=None, as_sent=False):
    """One event delivery. `data` defaults to the encoding of `plaintext`; `signed` (the value signed) to `data`,
    `signing_token` to `token`."""
    if data is None:
        raw = plaintext.encode()
        data = b64(encrypt(key, raw)) if key else b64(raw)
    case = {
        "name": name,
        "description": description,
        "token": token,
        "encoding_aes_key": key,
        "timestamp": timestamp,
        "nonce": nonce,
        "body": body if body is not None else json.dumps({"data": data}, separators=(",", ":")),
        "signature": signature(signing_token or token, timestamp, nonce, data if signed is None else signed),
        "plaintext": plaintext if error is None else None,
        "error": error,
        "as_sent": as_sent,
    }
    return case


def url_verification(name, description, *, token=DOC_TOKEN, key=None, timestamp=DOC_TIMESTAMP, nonce=DOC_NONCE,
                     challenge, check_str=None, error=None, as_sent=False):
    if check_str is None:
        raw = challenge.encode()
        check_str = b64(encrypt(key, raw)) if key else b64(raw)
    return {
        "name": name,
        "description": description,
        "token": token,
        "encoding_aes_key": key,
        "timestamp": timestamp,
        "nonce": nonce,
        "check_str": check_str,
        # As a client that percent-encodes everything but letters and digits sends it...
        "query_encoded": "check_str=" + urllib.parse.quote(check_str, safe=""),
        # ... and as one that sends `+`, `/` and `=` as they are (a form decoder then reads `+` as a space).
        "query_raw": "check_str=" + check_str,
        "form_decoded": urllib.parse.parse_qs("check_str=" + check_str, keep_blank_values=True)["check_str"][0],
        "signature": signature(token, timestamp, nonce, check_str),
        "answer": challenge if error is None else None,
        "error": error,
        "as_sent": as_sent,
    }


def challenge_with_plus_and_slash(key):
    """A printable challenge whose check_str (encrypted with `key`, or plain) contains both `+` and `/`."""
    # Base64 of ASCII text has `+` and `/` only where a third byte ends in 111110 or 111111 (`>`, `?`, `~`).
    alphabet = string.ascii_letters + string.digits + "-_>?~"
    while True:
        challenge = "".join(RNG.choice(alphabet) for _ in range(RNG.randrange(8, 40)))
        raw = challenge.encode()
        check_str = b64(encrypt(key, raw)) if key else b64(raw)
        if "+" in check_str and "/" in check_str:
            return challenge


def check_derived_vectors(deliveries, verifications):
    """This implementation reproduces the derived vectors recorded in the project's webhook notes, (d)."""
    by_name = {case["name"]: case for case in deliveries + verifications}
    created = by_name["derived-encrypted-created"]
    assert SEQUENTIAL_KEY == "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
    assert json.loads(created["body"])["data"] == (
        "IIMrPKsNAhDTxse+vTz1ISHJ4cwGT4KLJbIb4O6MmZ3pzqNLic/ipLcexSvCVBWe3XXsS6V8n2ZH3nUOXsEJXUKWgeL+Uz+R578/ZkZ+"
        "8zOCytaKIVFuy6iDvnRyMPOP")
    assert created["signature"] == "c35ea8f3bef678fa459a8d9eebd90473c64c9838"
    assert by_name["derived-encrypted"]["check_str"] == "QOhGudOApqsrCJayH9u0kg=="
    assert by_name["derived-encrypted"]["signature"] == "4621798d3aad6af1cfc77fa9320aadd582dfc60e"
    assert by_name["derived-plain"]["check_str"] == "aGVsbG8tY2hlY2stc3Ry"


def main():
    created_minimal = '{"event":"meeting.created","trace_id":"e7aa65dd-f7e6-4b62-912c-2035173b34a9","payload":[]}'
    medium = compact(fixture("meeting.medium-uploaded.json"))
    live = compact(fixture("meeting.live-started.json"))
    updated = compact(fixture("meeting.updated.json"))
    other_key = random_key_with_trailing_bits()
    second_key = random_key_with_trailing_bits()
    one_block = '{"event":"x.y"}'  # 15 bytes: one pad byte
    assert len(one_block) == 15
    full_block = '{"event":"x.yz"}'  # 16 bytes: a whole block of padding
    assert len(full_block) == 16
    padded_to_32 = '{"event":"meeting.canceled","trace_id":"t-32"}'  # 46 bytes: 18 pad bytes to 64
    assert 32 - len(padded_to_32) % 32 == 18

    deliveries = [
        delivery("derived-encrypted-created",
                 "webhooks.md (d) derived vector: key bytes 0..31, the minimal meeting.created plaintext",
                 key=SEQUENTIAL_KEY, plaintext=created_minimal, as_sent=True),
        delivery("plain-created-minimal", "no EncodingAESKey: data is base64 of the JSON",
                 plaintext=created_minimal, as_sent=True),
        delivery("plain-updated-unpadded",
                 "no EncodingAESKey, data without its `=` padding (as the docs' own example); signed as sent",
                 plaintext=updated, data=b64(updated.encode()).rstrip("=")),
        delivery("encrypted-medium-uploaded", "the docs' meeting.medium-uploaded example, random key",
                 key=other_key, plaintext=medium, timestamp="1700000000123", nonce="987654321", as_sent=True),
        delivery("encrypted-live-started-chinese", "the docs' meeting.live-started example (Chinese subject)",
                 key=second_key, plaintext=live, timestamp="1700000000456", nonce="1", as_sent=True),
        delivery("encrypted-one-pad-byte", "plaintext of 15 bytes: one byte of padding",
                 key=SEQUENTIAL_KEY, plaintext=one_block, as_sent=True),
        delivery("encrypted-full-pad-block", "plaintext of 16 bytes: a whole block of padding",
                 key=SEQUENTIAL_KEY, plaintext=full_block, as_sent=True),
        delivery("encrypted-padded-to-32",
                 "PKCS#7 to 32-byte blocks (as WeCom pads) with 18 pad bytes, accepted: pad lengths 1..=32",
                 key=other_key, plaintext=padded_to_32,
                 data=b64(encrypt(other_key, padded_to_32.encode(), block_bits=256))),
        delivery("encrypted-unpadded-base64", "encrypted data without `=` padding, signed as sent",
                 key=SEQUENTIAL_KEY, plaintext=medium,
                 data=b64(encrypt(SEQUENTIAL_KEY, medium.encode())).rstrip("=")),
        delivery("escaped-slash-in-body",
                 "the body escapes `/` as `\\/` (valid JSON): the signature covers the unescaped string",
                 key=other_key, plaintext=medium,
                 body=json.dumps({"data": b64(encrypt(other_key, medium.encode()))}).replace("/", "\\/")),
        delivery("extra-body-members", "members besides `data` are ignored",
                 plaintext=created_minimal,
                 body=json.dumps({"data": b64(created_minimal.encode()), "extra": [1, 2]})),
        delivery("wrong-token", "signed with another Token than the configured one", plaintext=created_minimal,
                 signing_token="AnotherTokenOf25Character", error="SignatureMismatch"),
        delivery("signature-of-padded-data",
                 "data sent unpadded but signed padded (what a receiver that pads before checking expects)",
                 plaintext=updated, data=b64(updated.encode()).rstrip("="), signed=b64(updated.encode()),
                 error="SignatureMismatch"),
        delivery("not-base64", "data is not base64", data="not base64!", error="Base64"),
        delivery("plain-data-with-key", "unencrypted data, but a key is configured: not a multiple of 16 bytes",
                 key=SEQUENTIAL_KEY, data=b64(created_minimal.encode()), error="CiphertextLength"),
        delivery("wrong-key", "encrypted with another key than the configured one",
                 key=SEQUENTIAL_KEY, data=b64(encrypt(other_key, medium.encode())), error="Padding"),
        delivery("pad-byte-zero", "last decrypted byte 0: no valid padding",
                 key=SEQUENTIAL_KEY, data=b64(encrypt_raw(SEQUENTIAL_KEY, b"{}" + b"\x00" * 14)),
                 error="Padding"),
        delivery("pad-byte-33", "last decrypted byte 33: longer than any accepted padding",
                 key=SEQUENTIAL_KEY, data=b64(encrypt_raw(SEQUENTIAL_KEY, b"{}" + b"\x21" * 46)),
                 error="Padding"),
        delivery("pad-bytes-unequal", "the padding bytes differ",
                 key=SEQUENTIAL_KEY, data=b64(encrypt_raw(SEQUENTIAL_KEY, b"{}" + b"\x0e" * 13 + b"\x0f")),
                 error="Padding"),
        delivery("body-not-data", "the body has no `data`", plaintext=created_minimal,
                 body=json.dumps({"encrypt": b64(created_minimal.encode())}), error="MalformedBody"),
        delivery("body-not-json", "the body is not JSON", plaintext=created_minimal,
                 body="data=" + b64(created_minimal.encode()), error="MalformedBody"),
        delivery("plaintext-not-json", "verified and decrypted, but the plaintext is not an event",
                 key=SEQUENTIAL_KEY, data=b64(encrypt(SEQUENTIAL_KEY, b"hello")), error="NotAnEvent"),
        delivery("plaintext-not-utf8", "verified and decrypted, but the plaintext is not UTF-8",
                 key=SEQUENTIAL_KEY, data=b64(encrypt(SEQUENTIAL_KEY, b"\xff\xfe{}")), error="NotUtf8"),
    ]

    plus_plain = challenge_with_plus_and_slash(None)
    plus_encrypted = challenge_with_plus_and_slash(other_key)
    verifications = [
        url_verification("derived-encrypted", "webhooks.md (d) derived vector: hello-check-str, key bytes 0..31",
                         key=SEQUENTIAL_KEY, challenge="hello-check-str", as_sent=True),
        url_verification("derived-plain", "webhooks.md (d) derived vector: hello-check-str, no key",
                         challenge="hello-check-str", as_sent=True),
        url_verification("plain-plus-and-slash", "check_str with `+` and `/`, no key",
                         challenge=plus_plain, timestamp="1700000000789", nonce="42", as_sent=True),
        url_verification("encrypted-plus-and-slash", "check_str with `+` and `/`, random key",
                         key=other_key, challenge=plus_encrypted, timestamp="1700000000789", nonce="43",
                         as_sent=True),
        url_verification("unpadded", "check_str without `=` padding, signed as sent",
                         challenge="hello", check_str=b64(b"hello").rstrip("=")),
        url_verification("wrong-key", "encrypted with another key", key=second_key,
                         challenge="hello-check-str", check_str=b64(encrypt(other_key, b"hello-check-str")),
                         error="Padding"),
    ]

    check_derived_vectors(deliveries, verifications)
    document = {
        "about": "Tencent Meeting callback vectors computed by generate.py with Python's hashlib, base64 and "
                 "the `cryptography` package, independently of wemeet-webhook. Deliveries: `body` and the "
                 "headers `timestamp`, `nonce`, `signature` as the service sends them; `plaintext` is the "
                 "decrypted event JSON, or `error` names the WebhookError variant expected. URL "
                 "verifications: `check_str` (also as `query_encoded`, `query_raw` and `form_decoded`) and "
                 "`answer`, the exact body to answer with. `as_sent`: the service's own encoding (PKCS#7 to "
                 "16 bytes, padded base64), which the sending side must reproduce byte for byte.",
        "generator": {
            "script": "generate.py",
            "python": platform.python_version(),
            "cryptography": cryptography.__version__,
        },
        "deliveries": deliveries,
        "url_verifications": verifications,
    }
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.name}: {len(deliveries)} deliveries, {len(verifications)} URL verifications")


if __name__ == "__main__":
    main()
