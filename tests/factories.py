"""factory_boy factories for the portal's models."""

import factory
from django.contrib.auth.models import Group, User

from competitions.models import Membership, Unit
from competitions.permissions import JUDGE_GROUP, LEADER_GROUP, SECRETARIAT_GROUP, VERIFIER_GROUP

PASSWORD = "a-long-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.go.id")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*(Group.objects.get(name=name) for name in extracted))
        if create:
            self.save()


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"Dinas Contoh {n}")
    short_name = factory.Sequence(lambda n: f"DC{n}")
    kind = Unit.Kind.DINAS


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(UnitFactory)


def make_secretariat(**kwargs) -> User:
    return UserFactory(is_staff=True, roles=[SECRETARIAT_GROUP], **kwargs)


def make_judge(**kwargs) -> User:
    return UserFactory(roles=[JUDGE_GROUP], **kwargs)


def make_verifier(**kwargs) -> User:
    return UserFactory(roles=[VERIFIER_GROUP], **kwargs)


def make_leader(**kwargs) -> User:
    return UserFactory(roles=[LEADER_GROUP], **kwargs)


def make_operator(unit: Unit | None = None, **kwargs) -> User:
    return MembershipFactory(unit=unit or UnitFactory(), user=UserFactory(**kwargs)).user
