"""Phones become numbers: each free-text phone is read as a US number (or one with "+" and its
country code) and stored E.164. What cannot be read, or has an extension E.164 cannot hold, is
kept word for word in phone_as_typed, so no phone anyone typed is lost.

The conversion is written out here, not imported, so that later changes to the app's code cannot
change what this migration did.
"""

import phonenumber_field.modelfields
import phonenumbers
from django.db import migrations, models

REGION = "US"


def _parse(text):
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def to_e164(apps, schema_editor):
    Candidate = apps.get_model("candidates", "Candidate")
    changed = []
    for candidate in Candidate.objects.exclude(phone="").only("pk", "phone").iterator():
        typed = candidate.phone.strip()
        number = _parse(typed) if typed else None
        if number is None:
            candidate.phone, candidate.phone_as_typed = "", typed
        else:
            candidate.phone = phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.E164
            )
            candidate.phone_as_typed = typed if number.extension else ""
        changed.append(candidate)
    Candidate.objects.bulk_update(changed, ["phone", "phone_as_typed"], batch_size=500)


def to_text(apps, schema_editor):
    """Back to one text field: what was typed where it was kept, else the number as people
    write it ((937) 555-0142, or +44 20 7946 0958 from abroad)."""
    Candidate = apps.get_model("candidates", "Candidate")
    changed = []
    candidates = Candidate.objects.exclude(phone="", phone_as_typed="").only(
        "pk", "phone", "phone_as_typed"
    )
    for candidate in candidates.iterator():
        if candidate.phone_as_typed:
            candidate.phone = candidate.phone_as_typed
        else:
            number = phonenumbers.parse(candidate.phone, REGION)
            style = (
                phonenumbers.PhoneNumberFormat.NATIONAL
                if number.country_code == 1
                else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            candidate.phone = phonenumbers.format_number(number, style)
        changed.append(candidate)
    Candidate.objects.bulk_update(changed, ["phone"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0003_candidate_export_permission"),
    ]

    operations = [
        migrations.AddField(
            model_name="candidate",
            name="phone_as_typed",
            field=models.CharField(
                blank=True,
                help_text="What the candidate typed when it was not a valid number, or had an "
                "extension. Correcting the phone above clears it.",
                max_length=30,
                verbose_name="phone as typed",
            ),
        ),
        # While phone is still plain text: the number field would re-read each value itself.
        migrations.RunPython(to_e164, to_text),
        migrations.AlterField(
            model_name="candidate",
            name="phone",
            field=phonenumber_field.modelfields.PhoneNumberField(
                blank=True,
                error_messages={"invalid": "Enter a phone number such as (937) 555-0142."},
                help_text="Type it any usual way, such as 937-555-0142; numbers outside the US "
                "start with + and the country code.",
                max_length=16,
                region=None,
            ),
        ),
    ]
