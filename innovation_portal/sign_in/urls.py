from django.urls import path

from innovation_portal.sign_in import views

app_name = "sign_in"

urlpatterns = [
    path("verifikasi/", views.VerifyView.as_view(), name="verify"),
    path("dua-langkah/", views.SecondFactorView.as_view(), name="two_factor"),
    path("dua-langkah/pasang/", views.SetupView.as_view(), name="setup"),
    path("dua-langkah/qr/", views.QRCodeView.as_view(), name="qr"),
    path("dua-langkah/kode-pemulihan/", views.RecoveryCodesView.as_view(), name="recovery_codes"),
]
