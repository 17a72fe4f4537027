"""schema.org JobPosting for Google for Jobs: only what the job page itself shows."""

from django.conf import settings
from django.templatetags.static import static

from .models import Job
from .states import US_STATES

# Google's values: the hours (FULL_TIME or PART_TIME), plus what kind of engagement it is.
HOURS = {Job.Hours.FULL_TIME: "FULL_TIME", Job.Hours.PART_TIME: "PART_TIME"}
ENGAGEMENT = {
    Job.EmploymentType.DIRECT_HIRE: [],
    Job.EmploymentType.CONTRACT: ["CONTRACTOR"],
    Job.EmploymentType.CONTRACT_TO_HIRE: ["CONTRACTOR"],
    Job.EmploymentType.TEMPORARY: ["TEMPORARY"],
}


def employment_types(job: Job) -> list[str]:
    return [HOURS[job.hours], *ENGAGEMENT[job.employment_type]]


PAY_UNITS = {Job.PayPeriod.HOUR: "HOUR", Job.PayPeriod.YEAR: "YEAR"}


def job_posting(job: Job, request) -> dict:
    amtec = settings.AMTEC
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description_html + job.requirements_html,
        "datePosted": job.posted_at.isoformat(),
        "employmentType": employment_types(job),
        # Amtec recruits and employs or places the candidate; the client is never named here.
        "hiringOrganization": {
            "@type": "Organization",
            "name": amtec["NAME"],
            "sameAs": request.build_absolute_uri("/"),
            "logo": request.build_absolute_uri(static("img/logo.svg")),
        },
        "identifier": {"@type": "PropertyValue", "name": amtec["NAME"], "value": job.reference},
        "url": request.build_absolute_uri(job.get_absolute_url()),
        "directApply": True,
    }
    if job.benefits:
        data["jobBenefits"] = job.benefits
    work_hours = job.shift_display or (
        f"{job.hours_per_week} hours per week" if job.hours_per_week else ""
    )
    if work_hours:
        data["workHours"] = work_hours
    if job.starts_immediately:
        data["jobImmediateStart"] = True
    elif job.start_date:
        data["jobStartDate"] = job.start_date.isoformat()
    data["totalJobOpenings"] = job.openings
    if job.expires_at:
        data["validThrough"] = job.expires_at.isoformat()
    if job.workplace == Job.Workplace.REMOTE:
        data["jobLocationType"] = "TELECOMMUTE"
        if job.remote_states:
            names = dict(US_STATES)
            data["applicantLocationRequirements"] = [
                {"@type": "State", "name": names[code]} for code in job.remote_states
            ]
        else:
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "US"}
    else:
        address = {
            "@type": "PostalAddress",
            "addressLocality": job.city,
            "addressRegion": job.state,
            "addressCountry": "US",
        }
        if job.postal_code:
            address["postalCode"] = job.postal_code
        data["jobLocation"] = {"@type": "Place", "address": address}
    if job.pay_min is not None or job.pay_max is not None:
        value = {"@type": "QuantitativeValue", "unitText": PAY_UNITS[job.pay_period]}
        if job.pay_min is not None and job.pay_max is not None and job.pay_min != job.pay_max:
            value.update(minValue=float(job.pay_min), maxValue=float(job.pay_max))
        elif job.pay_min is not None and job.pay_max is not None:
            value["value"] = float(job.pay_min)
        elif job.pay_min is not None:
            value["minValue"] = float(job.pay_min)
        else:
            value["maxValue"] = float(job.pay_max)
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": job.pay_currency,
            "value": value,
        }
    return data
