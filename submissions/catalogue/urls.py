from django.urls import path

from submissions.catalogue import views

app_name = "catalogue"
urlpatterns = [
    path("", views.CatalogueView.as_view(), name="list"),
    path("<int:pk>/", views.CatalogueDetailView.as_view(), name="detail"),
]
