from django.urls import path

from submissions import views

app_name = "submissions"
urlpatterns = [
    path("", views.OperatorDashboardView.as_view(), name="dashboard"),
    path("partisipasi/", views.ParticipationView.as_view(), name="participation"),
]
