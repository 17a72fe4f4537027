from django import template

from candidates.dashboard import build_dashboard
from core.pagination import positive_int
from staff import access_log
from staff.access_log import Action

register = template.Library()

CHART_WIDTH = 640
BAR_GAP = 6


def _int_param(request, name):
    return positive_int(request.GET.get(name))


@register.simple_tag(takes_context=True)
def staff_dashboard(context):
    """The dashboard for the signed-in staff member, narrowed by ?recruiter= and ?category=."""
    request = context["request"]
    if not request.user.has_perm("candidates.view_application"):
        return None
    dashboard = build_dashboard(
        recruiter_id=_int_param(request, "recruiter"), category_id=_int_param(request, "category")
    )
    # "Waiting longest for review" names candidates: each application shown is logged as listed.
    access_log.record(request, Action.LIST, "application", [a.pk for a in dashboard.waiting])
    return dashboard


@register.inclusion_tag("admin/dashboard/columns.html")
def column_chart(bars, title, description):
    """Vertical bars, one per period, scaled to the largest value."""
    height, label_room = 180, 36
    top = max((bar.value for bar in bars), default=0) or 1
    step = CHART_WIDTH / max(len(bars), 1)
    columns = []
    for index, bar in enumerate(bars):
        bar_height = round((height - 20) * bar.value / top)
        x = round(index * step + BAR_GAP / 2)
        columns.append({
            "bar": bar, "x": x, "width": round(step - BAR_GAP), "y": height - bar_height,
            "height": bar_height, "cx": round(x + (step - BAR_GAP) / 2),
            "value_y": height - bar_height - 4, "label_y": height + 16,
        })  # fmt: skip
    return {
        "columns": columns, "width": CHART_WIDTH, "height": height + label_room,
        "base_y": height, "title": title, "description": description, "bars": bars,
    }  # fmt: skip


@register.inclusion_tag("admin/dashboard/rows.html")
def row_chart(bars, title, description, label_width=200):
    """Horizontal bars with their labels, for stages, sources and jobs."""
    row_height, bar_room = 26, CHART_WIDTH - label_width - 60
    top = max((bar.value for bar in bars), default=0) or 1
    rows = [
        {
            "bar": bar, "y": index * row_height, "text_y": index * row_height + 17,
            "width": max(round(bar_room * bar.value / top), 1 if bar.value else 0),
            "value_x": label_width + max(round(bar_room * bar.value / top), 0) + 6,
        }
        for index, bar in enumerate(bars)
    ]  # fmt: skip
    return {
        "rows": rows, "width": CHART_WIDTH, "height": max(len(bars), 1) * row_height,
        "label_width": label_width, "label_x": label_width - 8, "title": title,
        "description": description, "bars": bars,
    }  # fmt: skip
