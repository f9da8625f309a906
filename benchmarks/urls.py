from django.urls import include, path

from benchmarks.views import BaselineView

urlpatterns = [
    path("bench/baseline/", BaselineView.as_view(), name="bench_baseline"),
    path("", include("innovation_portal.urls")),
]
