from django.urls import path

from judging import views

app_name = "judging"
urlpatterns = [
    path("", views.JudgeDashboardView.as_view(), name="dashboard"),
    path("verifikasi/", views.FieldVisitListView.as_view(), name="field_visits"),
]
