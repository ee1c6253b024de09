"""Awards: the awarder from a labelled line."""
from __future__ import annotations

from converter.parse import parse_text


def test_europass_awarding_institution_is_the_awarder():
    text = ("Ann Example\n\nHONOURS AND AWARDS\n\n[ 12/05/2021 ] Best Analytics Project\n"
            "Awarding institution: Acme S.A.\n")
    assert parse_text(text).resume["awards"] == [
        {"title": "Best Analytics Project", "date": "2021-05-12", "awarder": "Acme S.A."}]


def test_federal_year_dash_title():
    text = "Ann Example\n\nAWARDS\n\n2022 – Secretary's Award for Excellence\n2014 – Army Commendation Medal\n"
    assert parse_text(text).resume["awards"] == [
        {"title": "Secretary's Award for Excellence", "date": "2022"},
        {"title": "Army Commendation Medal", "date": "2014"}]


def test_grants_table_gives_title_funder_amount_and_one_award_per_year():
    text = ("# Ann Example\n\n## Grants\n\n| Years | Award | Funder | Amount |\n|---|---|---|---|\n"
            "| 2022–2025 | K99 Pathway Award | NIH/NIDDK | $950,000 |\n"
            "| 2019, 2023 | Travel Award | American Society of Nephrology | $1,500 |\n")
    assert parse_text(text).resume["awards"] == [
        {"title": "K99 Pathway Award", "date": "2022", "awarder": "NIH/NIDDK", "summary": "$950,000"},
        {"title": "Travel Award", "date": "2019", "awarder": "American Society of Nephrology", "summary": "$1,500"},
        {"title": "Travel Award", "date": "2023", "awarder": "American Society of Nephrology", "summary": "$1,500"}]


def test_licence_expiry_is_no_issue_date_and_stays_in_the_name():
    text = ("Jo Example\n\nTICKETS & LICENCES\n\nHigh Risk Work Licence – Class LR (exp. 03/2027)\n"
            "Confined Space Entry (RIIWHS202E), exp. 08/2026\n"
            "ACLS, American Heart Association, expires 05/14/2026\n"
            "First Aid (HLTAID011), St John Ambulance, 21/09/2024\n")
    assert parse_text(text).resume["certificates"] == [
        {"name": "High Risk Work Licence – Class LR (exp. 03/2027)"},
        {"name": "Confined Space Entry (RIIWHS202E), exp. 08/2026"},
        {"name": "ACLS, expires 05/14/2026", "issuer": "American Heart Association"},
        {"name": "First Aid (HLTAID011)", "date": "2024-09-21", "issuer": "St John Ambulance"}]


def test_licence_class_and_number_stay_with_the_name():
    text = ("Jo Example\n\nLICENSURE\n\nHigh Risk Work Licence – Class DG (dogging)\n"
            "License: RN, State of Ohio, #RN.555123 (exp. 2026)\n")
    assert parse_text(text).resume["certificates"] == [
        {"name": "High Risk Work Licence – Class DG (dogging)"},
        {"name": "License: RN, #RN.555123 (exp. 2026)", "issuer": "State of Ohio"}]


def test_expiry_after_a_dash_is_joined_as_written():
    text = ("Jo Example\n\nLicences and Certifications\n- Driver CPC Card – expires 09/2027\n"
            "- CSCS Card (Blue Skilled Worker) – valid until 06/2026\n")
    assert parse_text(text).resume["certificates"] == [
        {"name": "Driver CPC Card – expires 09/2027"},
        {"name": "CSCS Card (Blue Skilled Worker) – valid until 06/2026"}]


def test_a_certification_level_after_a_dash_stays_in_the_name():
    resume = parse_text("Ann Example\n\nCERTIFICATIONS\nAWS Certified Solutions Architect – Associate\n"
                        "ITIL 4 – Foundation\nCertified ScrumMaster – Scrum Alliance\n").resume
    assert resume["certificates"] == [{"name": "AWS Certified Solutions Architect – Associate"},
                                      {"name": "ITIL 4 – Foundation"},
                                      {"name": "Certified ScrumMaster", "issuer": "Scrum Alliance"}]


def test_a_note_under_an_award_keeps_its_full_stop():
    text = ("Ann Example\n\nHonors & awards\n\nPresident's Club\nIssued by Quillfeather · Feb 2023\n"
            "Recognised as one of the top 2% of the organisation.\n")
    assert parse_text(text).resume["awards"] == [
        {"title": "President's Club", "date": "2023-02", "awarder": "Quillfeather",
         "summary": "Recognised as one of the top 2% of the organisation."}]
