from django.urls import path

from judging import views

app_name = "judging"
urlpatterns = [
    path("penilaian/", views.JudgeDashboardView.as_view(), name="dashboard"),
    path("penilaian/<int:stage>/<int:pk>/", views.ScoreView.as_view(), name="score"),
    path("penilaian/<int:stage>/<int:pk>/kirim/", views.ScoreSubmitView.as_view(), name="score_submit"),
    path("penilaian/<int:stage>/<int:pk>/konflik/", views.DeclareConflictView.as_view(), name="conflict"),
    path("penilaian/<int:stage>/bukti/<int:pk>/", views.JudgeEvidenceView.as_view(), name="evidence"),
    path(
        "penilaian/<int:stage>/bukti/<int:pk>/thumbnail/",
        views.JudgeEvidenceView.as_view(),
        {"variant": "thumbnail"},
        name="evidence_thumbnail",
    ),
    path("verifikasi/", views.FieldVisitListView.as_view(), name="field_visits"),
    path("verifikasi/<int:stage>/<int:pk>/", views.FieldVisitView.as_view(), name="field_visit"),
    path("verifikasi/foto/<int:pk>/<str:variant>/", views.FieldVisitPhotoView.as_view(), name="visit_photo"),
    path("hasil/<slug:slug>/", views.ResultsView.as_view(), name="results"),
    path("foto/<int:pk>/", views.PublicPhotoView.as_view(), name="public_photo"),
    path(
        "foto/<int:pk>/asli/", views.PublicPhotoView.as_view(), {"variant": "full"}, name="public_photo_full"
    ),
    path("hasil/usulan/<int:pk>/", views.FeedbackView.as_view(), name="feedback"),
    path("hasil/usulan/<int:pk>/piagam/", views.EntryCertificateView.as_view(), name="entry_certificate"),
    path(
        "hasil/<slug:slug>/piagam/<int:pk>/",
        views.ResultsCertificateView.as_view(),
        name="results_certificate",
    ),
    path("piagam/<slug:code>/", views.CertificateCheckView.as_view(), name="certificate"),
]
