from django.urls import path

from submissions import innovation_views, views
from submissions.index import views as index_views

app_name = "submissions"
urlpatterns = [
    path("", views.OperatorDashboardView.as_view(), name="dashboard"),
    path("partisipasi/", views.ParticipationView.as_view(), name="participation"),
    path("inovasi/", innovation_views.InnovationListView.as_view(), name="innovation_list"),
    path("inovasi/baru/", innovation_views.InnovationFormView.as_view(), name="innovation_create"),
    path("inovasi/<int:pk>/", innovation_views.InnovationFormView.as_view(), name="innovation_edit"),
    path(
        "inovasi/<int:pk>/foto/",
        innovation_views.InnovationPhotoAddView.as_view(),
        name="innovation_photo_add",
    ),
    path("inovasi/<int:pk>/ikut/", innovation_views.EnterCompetitionView.as_view(), name="innovation_enter"),
    path(
        "inovasi/<int:pk>/indeks/",
        index_views.InnovationIndexLatestView.as_view(),
        name="innovation_index_latest",
    ),
    path(
        "inovasi/<int:pk>/indeks/<int:year>/",
        index_views.InnovationIndexView.as_view(),
        name="innovation_index",
    ),
    path("indeks/bukti/<int:pk>/", index_views.IndexEvidenceView.as_view(), name="index_evidence"),
    path("indeks-inovasi/", index_views.IndexSimulationView.as_view(), name="index_simulation"),
    path("foto/<int:pk>/hapus/", innovation_views.InnovationPhotoRemoveView.as_view(), name="photo_remove"),
    path("foto/<int:pk>/<str:variant>/", innovation_views.InnovationPhotoView.as_view(), name="photo"),
    path("usulan/<int:pk>/", views.EntryDetailView.as_view(), name="entry"),
    path("usulan/<int:pk>/ubah/", views.EntryEditView.as_view(), name="entry_edit"),
    path("usulan/<int:pk>/bukti/", views.EvidenceAddView.as_view(), name="evidence_add"),
    path("usulan/<int:pk>/kirim/", views.EntrySubmitView.as_view(), name="entry_submit"),
    path("usulan/<int:pk>/tarik/", views.EntryWithdrawView.as_view(), name="entry_withdraw"),
    path("usulan/<int:pk>/versi/<int:number>/", views.EntryVersionView.as_view(), name="entry_version"),
    path("bukti/<int:pk>/", views.EvidenceDownloadView.as_view(), name="evidence_download"),
    path(
        "bukti/<int:pk>/thumbnail/",
        views.EvidenceDownloadView.as_view(),
        {"variant": "thumbnail"},
        name="evidence_thumbnail",
    ),
    path("bukti/<int:pk>/hapus/", views.EvidenceRemoveView.as_view(), name="evidence_remove"),
]
