import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")


class StaffUserFactory(UserFactory):
    """A recruiter or editor: staff, with the permissions the blog's admin needs."""

    username = factory.Sequence(lambda n: f"staff{n}")
    is_staff = True

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        if not create:
            return
        codenames = extracted or [
            "view_article", "add_article", "change_article", "delete_article",
            "view_category", "add_category", "change_category",
        ]  # fmt: skip
        self.user_permissions.set(Permission.objects.filter(codename__in=codenames))
