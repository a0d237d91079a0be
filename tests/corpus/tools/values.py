#!/usr/bin/env python3
"""Invented values with correct (or deliberately wrong) check digits for the draft corpus.

Every number and token here is made up. Run `python3 values.py` to print a fresh set, or
`python3 values.py --verify ../drafts` to re-check the numbers that appear in the drafts:
IBAN-, card- and tax-ID-shaped strings are listed with whether their check passes, so a
label can be confirmed by hand (a clean draft must only hold numbers that fail).
"""
import base64
import json
import pathlib
import random
import re
import string
import sys
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"


def iban_valid(iban: str) -> bool:
    iban = iban.replace(" ", "")
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_and_body: str) -> str:
    for check in "0123456789":
        if luhn_valid(prefix_and_body + check):
            return prefix_and_body + check
    raise AssertionError


def tax_id_check(first10: str) -> int:
    product = 10
    for c in first10:
        total = (int(c) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def tax_id_structure_ok(first10: str) -> bool:
    if first10[0] == "0":
        return False
    counts = {d: first10.count(d) for d in set(first10)}
    repeated = [d for d, n in counts.items() if n > 1]
    if len(repeated) != 1 or counts[repeated[0]] > 3:
        return False
    return repeated[0] * 3 not in first10


def tax_id_valid(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit())
    return len(digits) == 11 and tax_id_structure_ok(digits[:10]) and tax_id_check(digits[:10]) == int(digits[10])


def make_tax_id(rng: random.Random) -> str:
    while True:
        first10 = "".join(rng.choice(string.digits) for _ in range(10))
        if tax_id_structure_ok(first10):
            return first10 + str(tax_id_check(first10))


def base62(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out or "0"


def github_token(rng: random.Random, prefix: str = "ghp_") -> str:
    body = "".join(rng.choice(B62) for _ in range(30))
    return prefix + body + base62(zlib.crc32(body.encode())).rjust(6, "0")


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data: dict | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def generate(seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    upper_digits = string.ascii_uppercase + string.digits
    b32 = string.ascii_uppercase + "234567"
    alnum = string.ascii_letters + string.digits
    values = {}
    for i in range(4):
        bban = f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**9, 10**10)}"
        good = iban_check("DE", bban)
        bad = f"{(int(good) + 7) % 100:02d}"
        values[f"iban-valid-{i}"] = f"DE{good}{bban}"
        values[f"iban-invalid-{i}"] = f"DE{bad}{bban}"
    for i, prefix in enumerate(["4", "53", "4", "37"]):
        length = 15 if prefix == "37" else 16
        body = prefix + rand(rng, string.digits, length - len(prefix) - 1)
        card = luhn_complete(body)
        values[f"card-valid-{i}"] = card
        values[f"card-invalid-{i}"] = card[:-1] + str((int(card[-1]) + 3) % 10)
    for i in range(3):
        tax = make_tax_id(rng)
        values[f"taxid-valid-{i}"] = tax
        values[f"taxid-invalid-{i}"] = tax[:-1] + str((int(tax[-1]) + 4) % 10)
    values["github-pat"] = github_token(rng)
    values["github-pat-2"] = github_token(rng)
    values["github-oauth"] = github_token(rng, "gho_")
    values["aws-key-id"] = "AKIA" + rand(rng, b32, 16)
    values["aws-key-id-2"] = "AKIA" + rand(rng, b32, 16)
    values["aws-secret"] = rand(rng, alnum + "+/", 40)
    values["slack-webhook"] = "https://hooks.slack.com/services/T" + rand(rng, upper_digits, 8) + "/B" + rand(rng, upper_digits, 10) + "/" + rand(rng, alnum, 24)
    values["slack-bot"] = f"xoxb-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-" + rand(rng, alnum, 24)
    values["stripe-live"] = "sk_live_" + rand(rng, alnum, 32)
    values["gitlab-pat"] = "glpat-" + rand(rng, alnum + "-_", 20)
    values["npm-token"] = "npm_" + rand(rng, alnum, 36)
    values["google-api"] = "AIza" + rand(rng, alnum + "-_", 35)
    values["sendgrid"] = "SG." + rand(rng, alnum + "-_", 22) + "." + rand(rng, alnum + "-_", 43)
    values["telegram-bot"] = f"{rng.randrange(10**9, 10**10)}:AA" + rand(rng, alnum + "-_", 33)
    values["azure-storage-key"] = base64.b64encode(rng.randbytes(64)).decode()
    values["openai"] = "sk-proj-" + rand(rng, alnum + "-_", 48) + "T3BlbkFJ" + rand(rng, alnum + "-_", 48)
    values["teams-webhook"] = ("https://brennholt.webhook.office.com/webhookb2/" + str(uuid(rng)) + "@" + str(uuid(rng))
                               + "/IncomingWebhook/" + rand(rng, string.hexdigits.lower()[:16], 32) + "/" + str(uuid(rng)))
    values["jwt"] = ".".join([
        b64url({"alg": "HS256", "typ": "JWT"}),
        b64url({"sub": "svc-lager", "name": "Lager API", "iat": 1796000000, "scope": "wms:write"}),
        b64url(rng.randbytes(32)),
    ])
    values["private-key-body"] = base64.b64encode(rng.randbytes(144)).decode()
    values["password"] = rand(rng, alnum, 6) + "-" + rand(rng, alnum, 5) + "!"
    for i in range(3):
        values[f"sha256-{i}"] = rng.randbytes(32).hex()
        values[f"uuid-{i}"] = str(uuid(rng))
        values[f"commit-{i}"] = rng.randbytes(20).hex()
    return values


def uuid(rng: random.Random) -> str:
    h = rng.randbytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


NUMBERISH = re.compile(r"(?<![\w-])(?:[A-Z]{2}\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?|\d(?:[ -]?\d){10,18})(?![\w-])")


def verify(folder: pathlib.Path) -> None:
    for path in sorted(folder.glob("*.txt")):
        for match in NUMBERISH.finditer(path.read_text(encoding="utf-8")):
            text = match.group(0)
            digits = text.replace(" ", "").replace("-", "")
            if text[:2].isalpha():
                print(f"{path.name}\tiban\t{iban_valid(digits)}\t{text}")
            elif len(digits) == 11:
                print(f"{path.name}\ttax-id\t{tax_id_valid(digits)}\t{text}")
            elif 12 <= len(digits) <= 19:
                print(f"{path.name}\tcard\t{luhn_valid(digits)}\t{text}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--verify":
        verify(pathlib.Path(sys.argv[2]))
    else:
        for key, value in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 2026).items():
            print(f"{key}\t{value}")
