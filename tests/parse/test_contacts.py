"""Contact fields by shape and label; profiles by host; places by gazetteer."""
from __future__ import annotations

from converter.parse.contacts import URL, find_contacts, normalize_url, place_parts, profile_of


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


def test_networks_named_by_their_label():
    assert [(f.kind, f.network, f.username) for f in find_contacts("a@b.example.org · SoundCloud: dandy_92")] == [
        ("email", "", ""), ("handle", "SoundCloud", "dandy_92")]
    assert next((f.kind, f.network, f.value) for f in find_contacts("Bluesky: https://bsky.example/p/ann")) == (
        "profile", "Bluesky", "https://bsky.example/p/ann")
    # personal facts and capitalised words are not handles
    assert kinds("a@b.example.org · Nationality: german · Status: Married")[1:] == [
        ("text", "Nationality: german"), ("text", "Status: Married")]


def test_urls_keep_balanced_brackets():
    assert kinds("x@y.example.com · en.wikipedia.org/wiki/Silicon_Valley_(TV_series)")[1] == (
        "url", "https://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)")
    assert [m.group(0) for m in URL.finditer("see (github.example.org/abc). or www.example.org/(a)(b),")] == [
        "github.example.org/abc", "www.example.org/(a)(b)"]


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


def test_postal_addresses_by_their_parts() -> None:
    assert place_parts("212 W 104th St, Apt 5C, New York, NY 10025") == {
        "address": "212 W 104th St, Apt 5C", "city": "New York", "region": "NY", "postalCode": "10025"}
    assert place_parts("Via dei Mille 42, 40121 Bologna (BO), Italia") == {
        "address": "Via dei Mille 42", "postalCode": "40121", "city": "Bologna", "region": "BO", "countryCode": "IT"}
    assert place_parts("Kothrud, Pune, Maharashtra - 411038") == {
        "address": "Kothrud", "city": "Pune", "region": "Maharashtra", "postalCode": "411038"}
    assert place_parts("Keizersgracht 100, Amsterdam, 1015 AA, NL") == {
        "address": "Keizersgracht 100", "city": "Amsterdam", "postalCode": "1015 AA", "countryCode": "NL"}
    assert place_parts("Kraków, Małopolskie, PL") == {"city": "Kraków", "region": "Małopolskie", "countryCode": "PL"}
    assert place_parts("Bristol, GB") == {"city": "Bristol", "countryCode": "GB"}
    assert place_parts("2712 Broadway St, San Francisco, California CA 94115, US") == {
        "address": "2712 Broadway St", "city": "San Francisco", "region": "California", "postalCode": "CA 94115",
        "countryCode": "US"}
    assert place_parts("Toronto, ON M5J 2N8, Canada") == {
        "city": "Toronto", "region": "ON", "postalCode": "M5J 2N8", "countryCode": "CA"}
    assert place_parts("Leeds LS1 4AP") == {"city": "Leeds", "postalCode": "LS1 4AP"}
    assert place_parts("12 Park Row, Leeds LS1 4AP, United Kingdom") == {
        "address": "12 Park Row", "city": "Leeds", "postalCode": "LS1 4AP", "countryCode": "GB"}
    assert place_parts("Toronto, Ontario M5V 2T6, Canada") == {
        "city": "Toronto", "region": "Ontario", "postalCode": "M5V 2T6", "countryCode": "CA"}
    assert place_parts("Greeley, CO") == {"city": "Greeley", "region": "CO"}  # a state code wins over Colombia
    assert place_parts("Acme Corp, Berlin, Germany") is None


def test_europass_contact_labels():
    """``Phone number:`` is a phone label, ``(Mobile)`` after the number is dropped, ``Email address:`` stays whole."""
    assert kinds("Phone number: (+351) 912 555 014 (Mobile) | Email address: ana.ribeiro@example.com") == [
        ("phone", "(+351) 912 555 014"), ("email", "ana.ribeiro@example.com")]
    assert kinds("Email address: a@example.com Mobile number: +44 7700 900123") == [
        ("email", "a@example.com"), ("phone", "+44 7700 900123")]


def test_country_in_brackets_and_portuguese_postcode():
    assert place_parts("Rua das Amoreiras 25, 1250-020 Lisbon (Portugal)") == {
        "countryCode": "PT", "postalCode": "1250-020", "city": "Lisbon", "address": "Rua das Amoreiras 25"}
    assert place_parts("Lisbon (Portugal)") == {"countryCode": "PT", "city": "Lisbon"}
    assert place_parts("Imola (BO)") is None  # a province code in brackets is no country


def test_state_code_then_country_without_a_comma():
    assert place_parts("Atlanta, GA United States") == {"countryCode": "US", "region": "GA", "city": "Atlanta"}
    assert place_parts("Washington, DC 20009 US") == {
        "countryCode": "US", "postalCode": "20009", "region": "DC", "city": "Washington"}


def test_europass_home_address_and_inline_email_address_label():
    assert kinds("Phone number: (+351) 912555014 (Mobile) Email address: ana@example.com") == [
        ("phone", "(+351) 912555014"), ("email", "ana@example.com")]
    assert kinds("Home: Rua das Amoreiras 25, 1250-020 Lisbon (Portugal)") == [
        ("location", "Rua das Amoreiras 25, 1250-020 Lisbon (Portugal)")]
    assert kinds("Home page: https://x.example.com") == [("url", "https://x.example.com")]


def test_an_organisation_before_a_dash_and_a_whole_place_is_no_place():
    assert place_parts("Mar Azul Seguros – Porto, Portugal") is None
    assert place_parts("São Paulo – SP, Brasil") == {"countryCode": "BR", "region": "SP", "city": "São Paulo"}


def test_australian_state_and_postcode():
    from converter.parse.contacts import place_parts
    assert place_parts("Mackay, QLD 4740") == {"region": "QLD", "postalCode": "4740", "city": "Mackay"}
    assert place_parts("Melbourne, Victoria") == {"region": "Victoria", "city": "Melbourne"}


def test_british_county_is_the_region():
    from converter.parse.contacts import place_parts
    assert place_parts("Warrington, Cheshire") == {"region": "Cheshire", "city": "Warrington"}


def test_city_state_postcode_without_a_comma():
    from converter.parse.contacts import place_parts
    assert place_parts("Dandenong VIC 3175") == {"region": "VIC", "postalCode": "3175", "city": "Dandenong"}
    assert place_parts("New York NY 10019") == {"region": "NY", "postalCode": "10019", "city": "New York"}


def test_towns_named_after_a_school_are_places_but_schools_are_not():
    assert place_parts("College Station, TX") == {"region": "TX", "city": "College Station"}
    assert place_parts("University Park, PA") == {"region": "PA", "city": "University Park"}
    assert place_parts("Institute, WV") == {"region": "WV", "city": "Institute"}
    assert place_parts("Stanford University, CA") is None
    assert place_parts("University College London, UK") is None
    assert place_parts("MIT, MA") is None
    assert place_parts("College Station") is None


def test_us_signals_are_a_north_american_phone_or_a_state_code():
    from converter.parse.contacts import american
    assert american("(555) 555-0137 | jo@example.com")
    assert american("555.555.0148")
    assert american("Boston, MA 02110")
    assert not american("+49 301 555 0123")
    assert not american("Göteborg, Sweden | +46 31 555 0127")


def test_a_network_label_written_like_a_scheme_gives_the_handle():
    assert [(f.kind, f.network, f.username) for f in find_contacts("Github:// kmensah")] == [
        ("handle", "GitHub", "kmensah")]


def test_a_country_code_after_a_region_is_the_country_even_when_it_is_also_a_state_code() -> None:
    assert place_parts("Halifax, Nova Scotia B3H 1Y6, CA") == {
        "countryCode": "CA", "region": "Nova Scotia", "postalCode": "B3H 1Y6", "city": "Halifax"}
    assert place_parts("Toronto, ON, CA") == {"countryCode": "CA", "region": "ON", "city": "Toronto"}
    assert place_parts("San Jose, CA") == {"region": "CA", "city": "San Jose"}


def test_japanese_addresses_in_romaji_and_in_kanji() -> None:
    assert place_parts("3-5-12 Kosugi-machi, Nakahara-ku, Kawasaki, Kanagawa 211-0063, JP") == {
        "countryCode": "JP", "region": "Kanagawa", "postalCode": "211-0063", "city": "Kawasaki",
        "address": "3-5-12 Kosugi-machi, Nakahara-ku"}
    assert place_parts("北区梅田2-4-9 グランハイツ梅田305号, 大阪市, 大阪府 530-0001") == {
        "region": "大阪府", "postalCode": "530-0001", "city": "大阪市",
        "address": "北区梅田2-4-9 グランハイツ梅田305号"}
    assert kinds("a@example.jp · 06-5550-0182 · 大阪市, 大阪府")[-1] == ("location", "大阪市, 大阪府")


def test_a_korean_address_largest_part_first():
    assert place_parts("서울특별시 마포구 월드컵북로 55") == {"city": "서울특별시", "address": "마포구 월드컵북로 55"}
    assert place_parts("경기도 성남시 분당구 판교로 123") == {"region": "경기도", "city": "성남시",
                                                         "address": "분당구 판교로 123"}
    assert place_parts("서울시 마포구") is None  # (no street number: not an address)


def test_korean_and_arabic_contact_labels():
    assert [(f.kind, f.value) for f in find_contacts("이메일: minjun.kim@example.com")] == [
        ("email", "minjun.kim@example.com")]
    assert [(f.kind, f.value) for f in find_contacts("البريد الإلكتروني: layla@example.com")] == [
        ("email", "layla@example.com")]
