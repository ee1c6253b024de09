"""Contact fields by shape and label; profiles by host; places by gazetteer."""
from __future__ import annotations

from converter.parse.contacts import find_contacts, normalize_url, place_parts, profile_of


def kinds(text):
    return [(f.kind, f.value) for f in find_contacts(text)]


def test_contact_line_fields():
    assert kinds("huyz21@mails.example.edu • +86 177-4848-6233") == [
        ("email", "huyz21@mails.example.edu"), ("phone", "+86 177-4848-6233")]
    assert kinds("Email: a@b.example.de Mobile: +49 (0)30 1234567") == [
        ("email", "a@b.example.de"), ("phone", "+49 (0)30 1234567")]
    assert ("url", "https://joshwoo.github.io") in kinds("x@y.example.com · joshwoo.github.io")


def test_profiles_by_host():
    gh = profile_of("github.com/jdoe")
    assert (gh.network, gh.username, gh.url) == ("GitHub", "jdoe", "https://github.com/jdoe")
    assert profile_of("https://www.linkedin.com/in/jane-doe/").username == "jane-doe"
    assert profile_of("https://github.com/jdoe/some-repo") is None  # a repository, not a profile
    scholar = profile_of("https://scholar.google.com/citations?user=ABC")
    assert scholar.network == "Google Scholar" and scholar.username == ""


def test_urls_get_a_scheme():
    assert normalize_url("example.org/me") == "https://example.org/me"
    assert normalize_url("http://example.org") == "http://example.org"


def test_places():
    assert place_parts("Beijing, China") == {"countryCode": "CN", "city": "Beijing"}
    assert place_parts("Chicago, IL 60607") == {"region": "IL", "postalCode": "60607", "city": "Chicago"}
    assert place_parts("Keizersgracht 100, 1015 AA Amsterdam, Netherlands") == {
        "countryCode": "NL", "postalCode": "1015 AA", "city": "Amsterdam", "address": "Keizersgracht 100"}
    assert place_parts("Courant Institute, New York University") is None
    assert place_parts("Tsinghua University") is None
