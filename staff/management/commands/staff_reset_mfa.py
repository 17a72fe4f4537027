from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from staff import mfa


class Command(BaseCommand):
    help = (
        "Reset a staff user's two-factor sign-in (their authenticator app and recovery codes): "
        "they set it up again at their next sign-in. For a superuser who lost their phone and "
        "their recovery codes; anyone else can be reset by a superuser in the admin (Users, "
        "action 'Reset two-factor sign-in')."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The username they sign in with.")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"No user is called {username!r}.") from None
        mfa.reset(user)
        self.stdout.write(
            f"Two-factor sign-in reset for {username}: they set it up again at their next "
            "sign-in (the admin's login page, then the set-up page)."
        )
