from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from jobs.models import Category, Job
from tests.factories import StaffUserFactory


class JobCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Job category {n}")
    slug = factory.Sequence(lambda n: f"job-category-{n}")


class JobFactory(factory.django.DjangoModelFactory):
    """An open, on-site, direct-hire job posted yesterday with a salary range."""

    class Meta:
        model = Job

    title = factory.Sequence(lambda n: f"Quality Inspector {n}")
    category = factory.SubFactory(JobCategoryFactory)
    employment_type = Job.EmploymentType.DIRECT_HIRE
    workplace = Job.Workplace.ONSITE
    city = "Dayton"
    state = "OH"
    postal_code = "45402"
    pay_min = Decimal("60000")
    pay_max = Decimal("75000")
    pay_period = Job.PayPeriod.YEAR
    summary = "Inspect machined parts for a growing manufacturer."
    description = "## The role\n\nYou will inspect parts.\n\n- Measure\n- Record\n"
    requirements = "- Two years of inspection experience\n- Calipers and micrometers\n"
    benefits = "Health, dental and vision insurance; 401(k) with a match; paid time off."
    status = Job.Status.OPEN
    posted_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    expires_at = None
    recruiter = factory.SubFactory(StaffUserFactory)
    client_name = "Miami Valley Precision"


class DraftJobFactory(JobFactory):
    status = Job.Status.DRAFT


class FilledJobFactory(JobFactory):
    """Filled after it was on the site, as filled jobs are."""

    status = Job.Status.FILLED
    was_public = True


class ClosedJobFactory(JobFactory):
    """Closed after it was on the site."""

    status = Job.Status.CLOSED
    was_public = True


class ClosedUnseenJobFactory(JobFactory):
    """A draft closed without ever being open: nobody outside Amtec has seen it."""

    status = Job.Status.CLOSED
    was_public = False


class ExpiredJobFactory(JobFactory):
    posted_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=40))
    expires_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class ScheduledJobFactory(JobFactory):
    posted_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=2))
