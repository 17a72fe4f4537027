"""The form fields read from a resume's text: each reader on text laid out in different ways."""

import pytest

from candidates.prefill import fields_from_text


def test_the_fixtures_header_layout():
    text = (
        "MEGAN O'ROURKE\nAdministrative Assistant\n"
        "Boston, MA | (617) 555-0110 | megan.orourke@example.com\n\nPROFESSIONAL SUMMARY\n..."
    )
    assert fields_from_text(text) == {
        "name": "Megan O'Rourke",
        "email": "megan.orourke@example.com",
        "phone": "+16175550110",
        "city": "Boston",
        "state": "MA",
    }


def test_labels_and_a_name_that_is_not_the_first_line():
    text = (
        "Curriculum Vitae\n"
        "Olusegun Adeyemi-Cole\n"
        "Phone: 937.555.0142\n"
        "E-mail: segun.ac@mailbox.org\n"
        "Location: Dayton, Ohio 45402\n"
        "LinkedIn: linkedin.com/in/segun-adeyemi-cole/\n"
        "Objective\nA maintenance technician role on second shift."
    )
    assert fields_from_text(text) == {
        "name": "Olusegun Adeyemi-Cole",
        "email": "segun.ac@mailbox.org",
        "phone": "+19375550142",
        "city": "Dayton",
        "state": "OH",
        "profile_url": "https://linkedin.com/in/segun-adeyemi-cole",
    }


def test_a_job_title_before_the_name_is_not_taken_for_it():
    text = (
        "Senior Quality Engineer\nRosa Ibarra\nrosa.ibarra@example.net · +1 214 555 0199\nDallas TX"
    )
    found = fields_from_text(text)
    assert found["name"] == "Rosa Ibarra"
    assert found["phone"] == "+12145550199"
    assert (found["city"], found["state"]) == ("Dallas", "TX")


@pytest.mark.parametrize(
    "typed", ["(512) 555-0123", "512.555.0123", "512-555-0123", "+1 512 555 0123", "5125550123"]
)
def test_phone_numbers_in_any_us_format_come_out_e164(typed):
    assert fields_from_text(f"Sam Lee\nCell: {typed}\n")["phone"] == "+15125550123"


def test_a_number_of_a_possible_shape_is_kept_when_no_valid_one_is_found():
    # 555 is not a real area code, but the candidate typed it: they correct it on the form.
    assert fields_from_text("Sam Lee\n(555) 123-4567")["phone"] == "+15551234567"


def test_an_email_in_the_footer_and_a_portfolio_site():
    body = "\n".join(f"- Built thing number {i} for a client" for i in range(40))
    text = (
        f"TOMAS  NOVAK\nUX Designer\n\nEXPERIENCE\n{body}\n"
        "tomas@novak.design | www.novakstudio.io | Portland, OR 97201"
    )
    found = fields_from_text(text)
    assert found["name"] == "Tomas Novak"
    assert found["email"] == "tomas@novak.design"
    assert found["profile_url"] == "https://www.novakstudio.io"
    assert (found["city"], found["state"]) == ("Portland", "OR")


def test_linkedin_is_preferred_to_other_links():
    text = "Ann Wu\nhttps://github.com/annwu | https://www.linkedin.com/in/ann-wu-42"
    assert fields_from_text(text)["profile_url"] == "https://www.linkedin.com/in/ann-wu-42"


def test_a_github_profile_when_there_is_no_linkedin():
    assert fields_from_text("Ann Wu\ngithub.com/annwu")["profile_url"] == "https://github.com/annwu"


def test_library_names_are_not_websites():
    found = fields_from_text("Ann Wu\nSkills: ASP.NET, Node.js, Vue.js\nann@example.com")
    assert "profile_url" not in found


def test_the_employers_city_in_the_work_history_is_not_taken_when_the_header_has_one():
    text = "Lee Park\nColumbus, OH\nACME Tooling Inc., Toledo, OH | 2019 - 2021"
    assert fields_from_text(text)["city"] == "Columbus"


def test_an_employers_company_words_are_not_part_of_the_city():
    found = fields_from_text("Lee Park\nPrairie Aerostructures Inc., Wichita, KS")
    assert (found["city"], found["state"]) == ("Wichita", "KS")


def test_a_street_address_gives_its_city():
    found = fields_from_text("Carlos Ruiz\n12 Elm St, San Antonio, Texas 78205")
    assert (found["city"], found["state"]) == ("San Antonio", "TX")


def test_name_label_particles_and_suffixes():
    assert fields_from_text("Name: Jan van der Berg\n")["name"] == "Jan van der Berg"
    assert fields_from_text("ROBERT E. LANG JR.\nWelder")["name"] == "Robert E. Lang Jr."


def test_nothing_found_is_an_empty_dict():
    assert fields_from_text("") == {}
    assert fields_from_text("PROFESSIONAL SUMMARY\nExperienced in many things.") == {}


def test_a_contact_block_on_one_line_split_by_labels():
    # A Word contact block typed with spaces, not line breaks.
    text = "Keisha M. Lawson Phone: 303.555.0131 Email: keisha.lawson@example.com\nHVAC Apprentice"
    found = fields_from_text(text)
    assert found["name"] == "Keisha M. Lawson"
    assert (found["phone"], found["email"]) == ("+13035550131", "keisha.lawson@example.com")


def test_names_and_cities_in_any_script_and_case():
    found = fields_from_text("LUIS A. BERMÚDEZ\n1402 E 6th St, Apt 3, AUSTIN, TX 78701")
    assert found["name"] == "Luis A. Bermúdez"
    assert (found["city"], found["state"]) == ("Austin", "TX")
    assert (
        fields_from_text("José Ángel Navarro\nSan José, California")["name"] == "José Ángel Navarro"
    )


def test_a_two_letter_word_before_a_name_is_not_a_state():
    # "UT Dallas" is a university, not a place in Utah.
    text = "Rahul Venkataraman\nM.S. Business Analytics, UT Dallas, 2018\nPlano, TX"
    found = fields_from_text(text)
    assert (found["city"], found["state"]) == ("Plano", "TX")
    assert "city" not in fields_from_text("Ann Wu\nM.S. Computer Science, UT Austin")


def test_a_credential_after_the_name_is_left_out():
    assert fields_from_text("Thi Mai Nguyen, RN\n(206) 555-0153")["name"] == "Thi Mai Nguyen"
    assert (
        fields_from_text("Ana Lucía Ferreira-Santos, PMP\n")["name"] == "Ana Lucía Ferreira-Santos"
    )


def test_symbols_as_labels_and_an_extension():
    text = "Sara Kaczmarek\n✉ sara.k@example.com ☎ (720) 555-0111 ext. 12 ⌂ Boulder, CO"
    found = fields_from_text(text)
    assert (found["email"], found["phone"]) == ("sara.k@example.com", "+17205550111")
    assert (found["city"], found["state"]) == ("Boulder", "CO")


def test_dates_zip_codes_and_years_are_not_phone_numbers():
    text = "Lee Park\nColumbus, OH 43215\n2019 – 2021, 2016 - 2019\nGPA 3.85"
    assert "phone" not in fields_from_text(text)


def test_mailto_and_a_trailing_full_stop_are_not_part_of_the_email():
    text = "Lee Park\nWrite to mailto:lee.park@example.com."
    assert fields_from_text(text)["email"] == "lee.park@example.com"


def test_very_long_input_is_cut_not_read_whole():
    # The contact block is at the top: a megabyte of text after it changes nothing.
    text = "Lee Park\nlee.park@example.com\n" + ("Experienced, TX " * 70_000)
    found = fields_from_text(text)
    assert found["name"] == "Lee Park" and found["email"] == "lee.park@example.com"
