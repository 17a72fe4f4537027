import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from candidates.models import Application, Candidate, Resume


class CandidateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidate

    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"candidate{n}@example.com")
    phone = "(937) 555-0100"
    city = "Dayton"
    state = "OH"
    consent_at = factory.LazyFunction(timezone.now)


class ResumeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resume

    candidate = factory.SubFactory(CandidateFactory)
    file = factory.LazyFunction(lambda: ContentFile(b"Jane Doe\nWelder\n", name="resume.txt"))
    original_name = "resume.txt"
    size = 16
    kind = "txt"
    mime_type = "text/plain"
    sha256 = factory.Sequence(lambda n: f"{n:064x}")


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    candidate = factory.SelfAttribute("resume.candidate")
    resume = factory.SubFactory(ResumeFactory)
    job = None
