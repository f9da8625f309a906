"""Demo innovation competition entries for the Palembang-like demo city.

Pure data for the demo seeding code. Every entry is a dict describing one innovation (the
catalogue record: unit, title, form, kind, phase, initiator, areas of government affairs, dates,
video link and catalogue summary) and the eight proposal sections of its entry, keyed by the
names in ``SECTIONS`` (the ``Submission.Section`` values). The prose is in Bahasa Indonesia,
written the way a city unit would fill in a KIPP proposal form. Place names are real Palembang
places; the programmes, figures and budgets are invented, and no real person is named.

- ``CURRENT_ENTRIES``: the current edition, 19 "Perangkat Daerah" entries (each from a different OPD unit),
  17 "Kecamatan" entries (every kecamatan except Kecamatan Gandus) and 8 "UMKM Start-up Digital"
  entries (one per UMKM unit).
- ``EXTRA_DISKOMINFO_INNOVATIONS``: catalogue-only innovations (``category`` is None) that are
  not entered in the current edition.
- ``PAST_2022_ENTRIES``: the 2022 edition, category "Perangkat Daerah". ``place`` is the final
  ranking: 1-3 are the winners (juara 1-3), 4-6 the honourable mentions (harapan 1-3), and None
  an entry that was not ranked.

Unit names match ``innovation_portal.demo.roster`` exactly; ``affairs`` holds
``GovernmentAffair`` codes; dates are ISO strings (None when not yet reached).
"""

SECTIONS = (
    "summary",
    "background",
    "novelty",
    "implementation",
    "significance",
    "adaptability",
    "resources",
    "sustainability",
)

CURRENT_ENTRIES = [
    # Category "Perangkat Daerah": one entry per OPD unit (dinas, badan, bagian).
    {
        "unit": "Dinas Komunikasi dan Informatika",
        "category": "Perangkat Daerah",
        "title": "LAPOR WONG KITO – Layanan Pengaduan Online Rakyat Terintegrasi",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["kominfo", "statistik"],
        "trial_date": "2023-03-01",
        "launch_date": "2023-08-17",
        "video_url": "https://www.youtube.com/watch?v=Lw7kPdR2mQa",
        "summary": (
            "LAPOR WONG KITO menyatukan kanal pengaduan warga Kota Palembang – WhatsApp, aplikasi, media "
            "sosial, dan Call Center 112 – ke dalam satu dasbor yang langsung diteruskan ke OPD terkait. "
            "Setiap aduan dapat dilacak warga hingga selesai, dan datanya terbuka di Portal Satu Data kota."
        ),
        "sections": {
            "summary": (
                "LAPOR WONG KITO adalah aplikasi pengaduan dan dasbor data kota yang menghimpun aduan dari "
                "lima kanal berbeda ke satu sistem tiket. Aduan diklasifikasikan otomatis per urusan, "
                "diteruskan ke 53 perangkat daerah dan 18 kecamatan, lalu dipantau tenggat penyelesaiannya. "
                "Sejak diluncurkan, rata-rata waktu tindak lanjut turun dari 9 hari menjadi 2,5 hari."
            ),
            "background": (
                "Sebelum 2023, aduan warga tersebar di akun media sosial OPD, SMS, surat, dan kotak saran "
                "fisik. Banyak aduan tentang jalan berlubang, lampu jalan padam, atau sampah menumpuk di "
                "lorong tidak pernah sampai ke petugas yang berwenang, dan tidak ada data untuk mengukur "
                "kinerja penanganan. Tujuan inovasi ini adalah satu pintu pengaduan, tenggat yang jelas bagi "
                "setiap OPD, dan data aduan yang bisa dipakai untuk perencanaan."
            ),
            "novelty": (
                "Berbeda dengan aplikasi pengaduan pada umumnya, LAPOR WONG KITO menerima pesan WhatsApp "
                "berbahasa Palembang sehari-hari dan mengenali lokasi dari nama lorong atau patokan seperti "
                "‘dekat masjid’ melalui kamus toponimi yang disusun bersama kelurahan. Rekap aduan per "
                "kelurahan terbit otomatis setiap bulan di Portal Satu Data."
            ),
            "implementation": (
                "Uji coba dimulai Maret 2023 di Kecamatan Ilir Barat I dan Kemuning dengan 6 OPD. Setelah "
                "evaluasi, sistem diperluas ke seluruh OPD dan kecamatan pada Agustus 2023. Setiap OPD "
                "menunjuk dua admin penghubung, dan Diskominfo menggelar rapat evaluasi bulanan atas aduan "
                "yang melewati tenggat."
            ),
            "significance": (
                "Dalam dua tahun, LAPOR WONG KITO menerima 38.400 aduan dari 21.700 pelapor unik, dengan "
                "tingkat penyelesaian 87 persen. Waktu tindak lanjut rata-rata turun dari 9 hari menjadi 2,5 "
                "hari, dan aduan yang ‘hilang’ tanpa jawaban praktis tidak ada lagi karena setiap tiket "
                "memiliki penanggung jawab. Data aduan kini menjadi bahan Musrenbang: Dinas PUPR "
                "memprioritaskan 112 ruas jalan lingkungan berdasarkan peta kepadatan aduan, dan Dinas "
                "Lingkungan Hidup dan Kebersihan menambah 14 titik TPS di lokasi yang paling sering "
                "dilaporkan. Survei kepuasan pelapor mencatat nilai 4,3 dari 5. Bagi warga, manfaat "
                "terbesarnya adalah kepastian: mereka tahu aduannya diterima siapa dan kapan akan "
                "ditindaklanjuti."
            ),
            "adaptability": (
                "Sistem dibangun dengan kode sumber milik pemerintah kota dan modul yang terpisah per kanal, "
                "sehingga dapat direplikasi oleh kabupaten/kota lain di Sumatera Selatan. Kabupaten "
                "Banyuasin dan Kota Prabumulih telah melakukan studi tiru pada 2024, dan kamus toponimi "
                "dapat disusun ulang dengan bahasa daerah setempat."
            ),
            "resources": (
                "Aplikasi dikembangkan oleh 4 pranata komputer Diskominfo dan dijalankan di pusat data "
                "pemerintah kota. Anggaran APBD 2023 sebesar Rp385 juta dipakai untuk integrasi WhatsApp "
                "Business API, server, serta pelatihan 140 admin OPD dan kecamatan."
            ),
            "sustainability": (
                "Keberlanjutan dijamin melalui Peraturan Wali Kota tentang Pengelolaan Pengaduan Pelayanan "
                "Publik yang mewajibkan seluruh OPD memakai LAPOR WONG KITO dan menjadikan kecepatan tindak "
                "lanjut sebagai indikator kinerja kepala OPD. Biaya operasional telah masuk pos rutin "
                "Diskominfo, dan pengetahuan teknis didokumentasikan agar tidak bergantung pada satu "
                "pengembang."
            ),
        },
    },
    {
        "unit": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "category": "Perangkat Daerah",
        "title": "SIMANTAP – Sistem Izin Mandiri Tanpa Tatap Muka",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["penanaman-modal", "perdagangan"],
        "trial_date": "2023-01-16",
        "launch_date": "2023-06-05",
        "video_url": "https://www.youtube.com/watch?v=Sm4nT9pQxYc",
        "summary": (
            "SIMANTAP memungkinkan pelaku usaha mengurus perizinan berusaha daerah sepenuhnya dari rumah, "
            "mulai dari pengajuan, verifikasi, hingga penerbitan izin bertanda tangan elektronik. Waktu "
            "penyelesaian Persetujuan Bangunan Gedung untuk rumah toko turun dari 28 hari menjadi 10 hari "
            "kerja."
        ),
        "sections": {
            "summary": (
                "SIMANTAP adalah layanan perizinan daring yang terhubung dengan OSS RBA dan menangani 34 "
                "jenis izin serta rekomendasi daerah yang belum tercakup OSS. Pemohon mengunggah berkas, "
                "berkonsultasi lewat video call terjadwal, dan menerima dokumen bertanda tangan elektronik "
                "BSrE tanpa datang ke Mal Pelayanan Publik."
            ),
            "background": (
                "Meskipun OSS RBA sudah berjalan, banyak izin turunan di Palembang masih memerlukan "
                "kunjungan berulang ke kantor DPM-PTSP dan dinas teknis. Pemohon rata-rata datang 4 kali "
                "untuk satu izin, sering hanya untuk melengkapi satu lembar berkas. Kondisi ini membebani "
                "pelaku usaha kecil di kawasan Seberang Ulu yang harus menyeberangi Jembatan Ampera di "
                "tengah kemacetan. SIMANTAP bertujuan menghapus kewajiban tatap muka dan memberi kepastian "
                "waktu."
            ),
            "novelty": (
                "Kebaruan SIMANTAP terletak pada ‘meja virtual’ bersama: petugas DPM-PTSP dan tim teknis "
                "dari Dinas PUPR, Dinas Lingkungan Hidup dan Kebersihan, serta Dinas Perhubungan memeriksa "
                "berkas yang sama secara paralel, bukan berurutan. Pemohon juga dapat memesan sesi "
                "konsultasi video 20 menit sebelum mengajukan."
            ),
            "implementation": (
                "Uji coba dilakukan Januari–Mei 2023 untuk 8 jenis izin dengan 310 pemohon. Sejak Juni 2023 "
                "layanan dibuka untuk 34 jenis izin. Petugas front office dialihkan menjadi pendamping "
                "daring, dan kios bantuan disediakan di Mal Pelayanan Publik bagi pemohon yang belum "
                "terbiasa dengan layanan digital."
            ),
            "significance": (
                "Hingga pertengahan 2025, SIMANTAP memproses 9.850 permohonan, 82 persen di antaranya tanpa "
                "satu kali pun kunjungan ke kantor. Waktu penyelesaian PBG rumah toko turun dari 28 menjadi "
                "10 hari kerja, sedangkan izin reklame dari 7 menjadi 2 hari kerja. Berkas kertas yang "
                "dicetak berkurang sekitar 160.000 lembar per tahun. Indeks Kepuasan Masyarakat unit layanan "
                "perizinan naik dari 81,2 menjadi 88,6. Realisasi investasi kota juga terbantu karena "
                "investor luar daerah, termasuk pengembang gudang di kawasan Kertapati, dapat mengurus izin "
                "tanpa menugaskan staf di Palembang. Transparansi meningkat karena setiap tahapan tercatat "
                "dan dapat dilihat pemohon secara waktu nyata, sehingga ruang pungutan liar menyempit."
            ),
            "adaptability": (
                "Arsitektur SIMANTAP mengikuti standar SPBE dan memakai API OSS yang sama di seluruh "
                "Indonesia, sehingga kabupaten/kota lain cukup menyesuaikan daftar izin daerahnya. Modul "
                "meja virtual juga dapat dipakai untuk layanan non-perizinan yang melibatkan beberapa dinas."
            ),
            "resources": (
                "Pengembangan dilakukan tim internal DPM-PTSP bersama Diskominfo dengan dukungan APBD Rp420 "
                "juta. Operasional melibatkan 18 petugas verifikasi dan 6 tenaga pendamping daring, serta "
                "sertifikat elektronik dari Balai Sertifikasi Elektronik untuk 12 pejabat penandatangan."
            ),
            "sustainability": (
                "SIMANTAP ditetapkan dalam Peraturan Wali Kota tentang Standar Pelayanan Perizinan Berusaha "
                "Berbasis Elektronik. Evaluasi triwulanan bersama asosiasi pengusaha dan REI Sumatera "
                "Selatan menjadi bahan perbaikan. DPM-PTSP menargetkan seluruh izin daerah masuk SIMANTAP "
                "pada 2026 dan menyiapkan integrasi dengan layanan pajak daerah."
            ),
        },
    },
    {
        "unit": "Dinas Tenaga Kerja",
        "category": "Perangkat Daerah",
        "title": "KERJO KITO – Kanal Elektronik Rekrutmen dan Job Matching Online",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["tenaga-kerja"],
        "trial_date": "2023-05-02",
        "launch_date": "2023-10-10",
        "video_url": "https://www.youtube.com/watch?v=Kj8rW2oKtNe",
        "summary": (
            "KERJO KITO mempertemukan pencari kerja Palembang dengan lowongan dari perusahaan lokal "
            "menggunakan pencocokan berbasis keterampilan, lengkap dengan pendaftaran kartu AK/I daring. "
            "Sejak 2023 sebanyak 5.400 pencari kerja telah ditempatkan melalui platform ini."
        ),
        "sections": {
            "summary": (
                "KERJO KITO adalah platform bursa kerja daring milik Disnaker yang mencocokkan profil "
                "keterampilan pencari kerja dengan lowongan perusahaan di Palembang dan sekitarnya. Platform "
                "ini sekaligus melayani penerbitan kartu pencari kerja (AK/I) secara daring dan menjadi "
                "sarana job fair virtual."
            ),
            "background": (
                "Angka pengangguran terbuka Kota Palembang masih di atas rata-rata provinsi, sementara "
                "perusahaan di kawasan industri Kalidoni dan Plaju mengeluh sulit mendapatkan operator dan "
                "teknisi yang sesuai. Lowongan sering hanya beredar di grup WhatsApp, dan pencari kerja "
                "harus antre berjam-jam di kantor Disnaker hanya untuk membuat kartu AK/I. Inovasi ini "
                "bertujuan memperpendek jarak antara lowongan dan pelamar."
            ),
            "novelty": (
                "KERJO KITO tidak sekadar memajang lowongan: sistem memberi skor kecocokan berdasarkan "
                "sertifikat kompetensi, pengalaman, dan lokasi tempat tinggal, lalu merekomendasikan "
                "pelatihan di Balai Latihan Kerja jika skornya belum memadai. Perusahaan wajib melaporkan "
                "hasil rekrutmen sehingga data penempatan tercatat."
            ),
            "implementation": (
                "Uji coba berjalan Mei–September 2023 bersama 35 perusahaan mitra. Peluncuran resmi "
                "dilakukan pada Job Fair Oktober 2023 di Palembang Square. Disnaker menempatkan petugas "
                "antarkerja di setiap kecamatan satu hari per minggu untuk membantu warga membuat akun dan "
                "mengunggah CV."
            ),
            "significance": (
                "Hingga 2025 terdaftar 26.300 pencari kerja dan 410 perusahaan, dengan 11.900 lowongan yang "
                "dipublikasikan. Sebanyak 5.400 pencari kerja tercatat diterima bekerja, 38 persen di "
                "antaranya lulusan SMK. Waktu penerbitan kartu AK/I turun dari satu hari antre menjadi 10 "
                "menit secara daring. Disnaker kini memiliki peta kebutuhan keterampilan yang dipakai BLK "
                "untuk membuka kelas las, kelistrikan, dan barista yang sebelumnya tidak tersedia. Dua job "
                "fair virtual menjangkau pencari kerja dari Kecamatan Sematang Borang dan Gandus yang jauh "
                "dari pusat kota."
            ),
            "adaptability": (
                "Platform dapat diadopsi dinas tenaga kerja daerah lain karena memakai format data yang "
                "kompatibel dengan SIAPKerja Kementerian Ketenagakerjaan. Modul skor kecocokan dapat "
                "disesuaikan dengan jenis industri dominan di daerah tersebut."
            ),
            "resources": (
                "Anggaran pengembangan Rp240 juta dari APBD 2023 dan dukungan CSR dua perusahaan untuk "
                "penyelenggaraan job fair. Tim terdiri atas 5 pengantar kerja, 2 pranata komputer, dan 18 "
                "petugas pendamping di kecamatan."
            ),
            "sustainability": (
                "Disnaker menjadikan KERJO KITO satu-satunya kanal resmi informasi lowongan kota melalui "
                "surat edaran Wali Kota. Kerja sama dengan Apindo Sumatera Selatan dan 14 SMK diperbarui "
                "setiap tahun, dan data penempatan menjadi indikator kinerja utama bidang penempatan tenaga "
                "kerja."
            ),
        },
    },
    {
        "unit": "Dinas Kesehatan",
        "category": "Perangkat Daerah",
        "title": "SI CANTIK – Sistem Cegah Anak Tengkes Terintegrasi Kelurahan",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["kesehatan", "pengendalian-penduduk"],
        "trial_date": "2022-08-01",
        "launch_date": "2023-02-01",
        "video_url": "https://www.youtube.com/watch?v=Ct3kAnT1gHs",
        "summary": (
            "SI CANTIK memantau pertumbuhan setiap balita di 1.098 posyandu Kota Palembang secara daring, "
            "sehingga balita berisiko tengkes (stunting) terdeteksi dalam hitungan hari dan langsung "
            "ditangani tim lintas sektor di kelurahan. Prevalensi stunting kota turun dari 16,1 persen "
            "menjadi 11,2 persen."
        ),
        "sections": {
            "summary": (
                "SI CANTIK adalah aplikasi pemantauan tumbuh kembang balita yang diisi kader posyandu "
                "melalui ponsel. Data berat dan tinggi badan langsung dianalisis dengan standar WHO, dan "
                "balita yang berisiko masuk daftar intervensi tim percepatan penurunan stunting kelurahan. "
                "Sistem juga memantau ibu hamil KEK dan calon pengantin."
            ),
            "background": (
                "Sebelumnya hasil penimbangan ditulis di buku register posyandu dan baru direkap puskesmas "
                "di akhir bulan, bahkan sering terlambat dua sampai tiga bulan. Akibatnya balita yang berat "
                "badannya tidak naik dua kali berturut-turut baru diketahui ketika sudah menjadi kasus "
                "stunting. Tujuan SI CANTIK adalah deteksi dini, intervensi cepat, dan satu data stunting "
                "yang dipakai bersama Dinas Kesehatan, DPPKB, dan kelurahan."
            ),
            "novelty": (
                "Kebaruan SI CANTIK adalah notifikasi otomatis ke bidan kelurahan dan tim pendamping "
                "keluarga dalam 24 jam setelah penimbangan, disertai rekomendasi intervensi: pemberian "
                "makanan tambahan berbasis pangan lokal seperti pindang ikan patin, kunjungan rumah, atau "
                "rujukan ke dokter anak. Aplikasi dapat dipakai tanpa sinyal dan tersinkron saat tersambung."
            ),
            "implementation": (
                "Uji coba dilakukan di wilayah kerja Puskesmas Makrayu, Kenten, dan Plaju sejak Agustus "
                "2022. Februari 2023 seluruh 41 puskesmas memakai SI CANTIK. Sebanyak 5.200 kader dilatih "
                "secara bertahap oleh petugas gizi puskesmas, dan kelurahan menyediakan kuota data bagi "
                "kader."
            ),
            "significance": (
                "SI CANTIK kini mencatat data 98.000 balita dengan cakupan penimbangan naik dari 71 persen "
                "menjadi 89 persen. Waktu dari penimbangan hingga balita berisiko dikunjungi petugas turun "
                "dari rata-rata 45 hari menjadi 6 hari. Prevalensi stunting berdasarkan data elektronik "
                "turun dari 16,1 persen pada 2022 menjadi 11,2 persen pada 2024. Data yang sama dipakai "
                "Baznas dan perusahaan mitra untuk menyalurkan bantuan gizi tepat sasaran ke 2.300 keluarga. "
                "Kader melaporkan pekerjaan administrasi yang lebih ringan karena tidak perlu menyalin "
                "register, sehingga waktu posyandu lebih banyak untuk penyuluhan. Keberhasilan ini membuat "
                "Palembang diundang berbagi praktik baik pada forum percepatan penurunan stunting tingkat "
                "provinsi."
            ),
            "adaptability": (
                "SI CANTIK memakai indikator yang sama dengan e-PPGBM Kementerian Kesehatan dan dapat "
                "mengekspor data ke sistem nasional, sehingga mudah diterapkan di daerah lain. Modul menu "
                "PMT dapat diganti dengan pangan lokal setempat."
            ),
            "resources": (
                "Pengembangan aplikasi dibiayai APBD 2022 sebesar Rp310 juta. Sumber daya manusia meliputi "
                "41 tenaga gizi puskesmas, 107 bidan kelurahan, dan 5.200 kader posyandu. Antropometri kit "
                "standar dibagikan ke 400 posyandu melalui Dana Alokasi Khusus."
            ),
            "sustainability": (
                "SI CANTIK masuk Rencana Aksi Daerah Percepatan Penurunan Stunting dan didukung Peraturan "
                "Wali Kota tentang Konvergensi Stunting. Insentif kader dibayarkan berdasarkan kelengkapan "
                "input, dan dana kelurahan dialokasikan untuk kuota data. Dinas Kesehatan menyiapkan "
                "integrasi dengan SATUSEHAT agar data terjaga jangka panjang."
            ),
        },
    },
    {
        "unit": "Dinas Kependudukan dan Pencatatan Sipil",
        "category": "Perangkat Daerah",
        "title": "PAS LAHIR – Paket Akta Sekali Lahir",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["adminduk", "kesehatan"],
        "trial_date": "2022-10-03",
        "launch_date": "2023-04-01",
        "video_url": "",
        "summary": (
            "Melalui PAS LAHIR, bayi yang lahir di rumah sakit, klinik bersalin, atau puskesmas di Palembang "
            "langsung mendapat akta kelahiran, Kartu Keluarga baru, dan Kartu Identitas Anak sebelum pulang. "
            "Orang tua tidak perlu lagi datang ke kantor Disdukcapil."
        ),
        "sections": {
            "summary": (
                "PAS LAHIR adalah layanan jemput bola pencatatan kelahiran di fasilitas kesehatan. Petugas "
                "registrasi di 27 rumah sakit dan klinik bersalin mitra menerima berkas dari orang tua, "
                "Disdukcapil memprosesnya secara daring, dan paket tiga dokumen kependudukan dikirim ke "
                "ruang rawat atau ke rumah dalam tiga hari kerja."
            ),
            "background": (
                "Pada 2021 hanya 64 persen bayi di Palembang memiliki akta kelahiran sebelum berusia 60 "
                "hari. Orang tua baru sering menunda pengurusan karena harus mengantre di kantor "
                "Disdukcapil, mengurus surat keterangan lahir, dan memperbarui KK secara terpisah. "
                "Keterlambatan akta berdampak pada pendaftaran BPJS Kesehatan bayi dan imunisasi. PAS LAHIR "
                "bertujuan agar setiap bayi tercatat sejak hari pertama."
            ),
            "novelty": (
                "Untuk pertama kalinya di Sumatera Selatan, satu formulir di ruang bersalin menghasilkan "
                "tiga dokumen sekaligus. Bidan dan petugas rekam medis dilatih sebagai operator registrasi "
                "yang diberi hak akses terbatas, sehingga data lahir tidak perlu diketik ulang di kantor "
                "Disdukcapil."
            ),
            "implementation": (
                "Uji coba dimulai Oktober 2022 di RSUD Palembang BARI dan RS Muhammadiyah. Setelah dinilai "
                "berhasil, PAS LAHIR diperluas ke 27 fasilitas kesehatan pada April 2023. Disdukcapil "
                "menandatangani perjanjian kerja sama dengan setiap fasilitas dan menyiapkan kurir dokumen "
                "bekerja sama dengan PT Pos Indonesia."
            ),
            "significance": (
                "Cakupan akta kelahiran bayi usia di bawah 60 hari naik dari 64 persen menjadi 93 persen "
                "pada 2024. Sebanyak 31.600 paket dokumen telah diterbitkan, menghemat setidaknya dua kali "
                "kunjungan ke kantor bagi setiap keluarga, atau lebih dari 63.000 kunjungan. Antrean di "
                "kantor Disdukcapil untuk layanan akta kelahiran berkurang sekitar 40 persen, sehingga "
                "petugas bisa mengalihkan waktu ke layanan lain. Dampak lanjutan dirasakan dalam layanan "
                "kesehatan: bayi langsung didaftarkan sebagai peserta JKN karena NIK sudah terbit sebelum "
                "pulang dari rumah sakit. Ibu yang baru melahirkan juga tidak perlu bepergian dalam masa "
                "nifas."
            ),
            "adaptability": (
                "PAS LAHIR cukup memerlukan perjanjian kerja sama, pelatihan operator, dan akses SIAK "
                "terpusat, sehingga mudah direplikasi oleh Disdukcapil kabupaten/kota lain. Pola serupa "
                "dapat diterapkan untuk akta kematian di rumah sakit."
            ),
            "resources": (
                "Biaya yang dibutuhkan relatif kecil: Rp95 juta per tahun untuk pelatihan, blangko, dan "
                "pengiriman dokumen. Sebanyak 54 operator di fasilitas kesehatan dan 8 verifikator "
                "Disdukcapil menjalankan layanan ini."
            ),
            "sustainability": (
                "Layanan ditetapkan dalam standar pelayanan Disdukcapil dan perjanjian kerja sama lima "
                "tahunan dengan fasilitas kesehatan. Disdukcapil menargetkan seluruh klinik bersalin swasta "
                "bergabung pada 2026 dan memperluas paket menjadi akta kematian di rumah sakit."
            ),
        },
    },
    {
        "unit": "Dinas Perhubungan",
        "category": "Perangkat Daerah",
        "title": "TERANG – Traffic Light Adaptif Ramah Pengendara",
        "form": "public_service",
        "kind": "digital",
        "phase": "trial",
        "initiator": "agency",
        "affairs": ["perhubungan"],
        "trial_date": "2024-09-02",
        "launch_date": None,
        "video_url": "https://www.youtube.com/watch?v=Tr4nGsImPLg",
        "summary": (
            "TERANG memasang lampu lalu lintas adaptif di 12 simpang padat Palembang yang mengatur durasi "
            "hijau berdasarkan antrean kendaraan yang terdeteksi kamera. Pada masa uji coba, waktu tunggu di "
            "Simpang Charitas dan Simpang Polda turun rata-rata 27 persen."
        ),
        "sections": {
            "summary": (
                "TERANG adalah sistem pengaturan lampu lalu lintas yang durasi fasenya menyesuaikan "
                "kepadatan kendaraan secara waktu nyata. Kamera di setiap kaki simpang menghitung panjang "
                "antrean, lalu pengendali di Area Traffic Control System Dinas Perhubungan mengatur ulang "
                "siklus setiap lima menit."
            ),
            "background": (
                "Simpang-simpang utama Palembang seperti Simpang Charitas, Simpang Polda, dan Simpang Patal "
                "masih memakai waktu siklus tetap yang disusun bertahun-tahun lalu. Saat jam sibuk, antrean "
                "dari arah Jalan Jenderal Sudirman bisa mencapai 600 meter sementara kaki simpang lain "
                "kosong. Kemacetan ini juga memperlambat ambulans dan kendaraan pemadam kebakaran."
            ),
            "novelty": (
                "TERANG memakai kamera CCTV yang sudah terpasang untuk program kota cerdas, ditambah "
                "perangkat lunak penghitung kendaraan yang dilatih dengan video lalu lintas Palembang, "
                "termasuk sepeda motor yang dominan. Sistem juga memberi jalur hijau prioritas bagi ambulans "
                "yang terdaftar."
            ),
            "implementation": (
                "Uji coba berjalan sejak September 2024 di 4 simpang, kemudian ditambah menjadi 12 simpang "
                "pada Maret 2025. Petugas ATCS memantau hasilnya dan dapat mengambil alih secara manual. "
                "Evaluasi dilakukan bersama Satlantas Polrestabes Palembang setiap bulan."
            ),
            "significance": (
                "Selama uji coba, waktu tunggu rata-rata di simpang uji turun 27 persen dan panjang antrean "
                "maksimum saat jam sibuk berkurang dari 600 meter menjadi 380 meter. Dengan asumsi 45.000 "
                "kendaraan melintas per hari di Simpang Charitas, penghematan waktu diperkirakan mencapai "
                "1.100 jam per hari. Waktu tempuh ambulans RSUD BARI menuju pusat kota berkurang rata-rata 4 "
                "menit. Pengurangan waktu idle kendaraan juga menurunkan konsumsi BBM dan emisi di kawasan "
                "padat. Aduan masyarakat terkait lampu merah yang terlalu lama di kanal pengaduan kota turun "
                "35 persen di koridor uji coba."
            ),
            "adaptability": (
                "Karena memanfaatkan CCTV yang sudah ada, TERANG dapat diterapkan di kota lain yang memiliki "
                "ATCS tanpa investasi kamera baru. Parameter model dapat dilatih ulang dengan rekaman lalu "
                "lintas setempat."
            ),
            "resources": (
                "Uji coba menggunakan APBD 2024 sebesar Rp560 juta untuk perangkat pengendali dan lisensi "
                "analitik video. Tim terdiri atas 6 petugas ATCS, 2 analis data, dan dukungan akademisi "
                "Politeknik Negeri Sriwijaya."
            ),
            "sustainability": (
                "Dinas Perhubungan menyusun rencana perluasan ke 30 simpang dalam RPJMD dan mengajukan "
                "dukungan pendanaan dari program kota cerdas Kementerian Perhubungan. Pemeliharaan perangkat "
                "akan masuk kontrak layanan tahunan, sementara model analitik dikelola internal agar tidak "
                "bergantung pada vendor."
            ),
        },
    },
    {
        "unit": "Dinas Lingkungan Hidup dan Kebersihan",
        "category": "Perangkat Daerah",
        "title": "SI BASO – Sistem Bank Sampah Online",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["lingkungan-hidup", "pemberdayaan-masyarakat"],
        "trial_date": "2022-06-06",
        "launch_date": "2022-11-01",
        "video_url": "https://www.youtube.com/watch?v=Bs0nLnEwQrt",
        "summary": (
            "SI BASO menghubungkan 286 bank sampah unit di Palembang dengan bank sampah induk dan pengepul "
            "melalui aplikasi. Nasabah dapat melihat saldo tabungan sampahnya, menukarnya dengan token "
            "listrik atau pembayaran PBB, dan memantau jadwal penjemputan."
        ),
        "sections": {
            "summary": (
                "SI BASO adalah aplikasi pencatatan dan pemasaran bank sampah yang dikelola DLHK. Setiap "
                "setoran ditimbang dan dicatat secara digital, harga mengikuti harga pasar harian dari bank "
                "sampah induk, dan saldo nasabah dapat ditukar dengan token listrik, pulsa, atau pembayaran "
                "PBB."
            ),
            "background": (
                "Timbulan sampah Palembang mencapai sekitar 1.200 ton per hari, sementara TPA Sukawinatan "
                "sudah mendekati kapasitas. Bank sampah di kampung sebenarnya banyak, tetapi pembukuan "
                "manual membuat nasabah tidak percaya saldo tabungannya, dan pengurus kesulitan menjual "
                "sampah dengan harga layak. Tujuan SI BASO adalah mengurangi sampah yang dibuang ke TPA "
                "dengan menghidupkan kembali bank sampah."
            ),
            "novelty": (
                "Kebaruan SI BASO adalah penukaran saldo tabungan sampah langsung menjadi pembayaran PBB dan "
                "retribusi sampah, hasil kerja sama dengan Badan Pengelola Pajak Daerah. Truk pengangkut "
                "juga dijadwalkan berdasarkan volume yang tercatat di aplikasi."
            ),
            "implementation": (
                "Uji coba pada Juni 2022 melibatkan 40 bank sampah di Kecamatan Ilir Barat I dan Sukarami. "
                "Sejak November 2022 aplikasi dipakai di seluruh kota. DLHK melatih pengurus bank sampah, "
                "dan fasilitator lingkungan berkeliling membantu pembukuan awal."
            ),
            "significance": (
                "Jumlah bank sampah aktif naik dari 118 menjadi 286 unit, dengan 19.400 nasabah terdaftar. "
                "Sampah anorganik yang terkelola melalui bank sampah mencapai 2.150 ton pada 2024, naik "
                "hampir tiga kali lipat dibanding 2021, sehingga beban TPA Sukawinatan berkurang. Perputaran "
                "uang di tingkat nasabah sekitar Rp3,1 miliar per tahun, sebagian besar diterima ibu rumah "
                "tangga. Sebanyak 2.700 wajib pajak membayar PBB sebagian atau seluruhnya dengan tabungan "
                "sampah. Transparansi saldo meningkatkan kepercayaan nasabah, terlihat dari rata-rata "
                "setoran per nasabah yang naik 60 persen."
            ),
            "adaptability": (
                "SI BASO dapat digunakan oleh bank sampah di daerah mana pun karena hanya membutuhkan ponsel "
                "dan timbangan digital. Modul penukaran pajak dapat disesuaikan dengan jenis pajak daerah "
                "setempat."
            ),
            "resources": (
                "APBD 2022 sebesar Rp210 juta untuk pengembangan aplikasi dan 150 timbangan digital. "
                "Pengelolaan harian dilakukan 12 fasilitator lingkungan DLHK dan sekitar 860 pengurus bank "
                "sampah."
            ),
            "sustainability": (
                "Bank sampah induk dikelola sebagai unit usaha yang membiayai operasional dari selisih harga "
                "jual. DLHK menetapkan target pengurangan sampah melalui bank sampah dalam Jakstrada Kota "
                "Palembang, dan CSR perusahaan membantu pengadaan timbangan baru setiap tahun."
            ),
        },
    },
    {
        "unit": "Dinas Sosial",
        "category": "Perangkat Daerah",
        "title": "SIGAP BANSOS – Sistem Integrasi dan Pemutakhiran Data Bantuan Sosial",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["sosial"],
        "trial_date": "2023-02-13",
        "launch_date": "2023-07-03",
        "video_url": "",
        "summary": (
            "SIGAP BANSOS melibatkan ketua RT dan pendamping sosial untuk memutakhirkan Data Terpadu "
            "Kesejahteraan Sosial secara berkala melalui ponsel, lengkap dengan foto rumah dan titik "
            "koordinat. Sebanyak 14.300 penerima yang tidak layak telah dikeluarkan dan 9.800 keluarga "
            "miskin baru masuk daftar."
        ),
        "sections": {
            "summary": (
                "SIGAP BANSOS adalah aplikasi verifikasi dan validasi data penerima bantuan sosial yang "
                "dijalankan di tingkat RT. Ketua RT mengusulkan atau menyanggah data, pendamping sosial "
                "memverifikasi lapangan, dan musyawarah kelurahan mengesahkan hasilnya sebelum diunggah ke "
                "SIKS-NG."
            ),
            "background": (
                "Ketepatan sasaran bantuan sosial menjadi keluhan paling sering di Palembang. Banyak "
                "keluarga yang sudah mampu tetap menerima bantuan, sementara warga miskin di lorong-lorong "
                "padat tidak terdata. Pemutakhiran data sebelumnya dilakukan setahun sekali dengan formulir "
                "kertas yang direkap manual. SIGAP BANSOS bertujuan membuat data lebih cepat diperbarui dan "
                "dapat dipertanggungjawabkan."
            ),
            "novelty": (
                "Setiap usulan dilengkapi foto rumah, foto kondisi dapur, dan koordinat, sehingga musyawarah "
                "kelurahan memutuskan berdasarkan bukti. Warga juga dapat melaporkan penerima yang dianggap "
                "tidak layak tanpa menyebut identitas."
            ),
            "implementation": (
                "Uji coba di 12 kelurahan dimulai Februari 2023. Sejak Juli 2023 seluruh 107 kelurahan "
                "memakai SIGAP BANSOS. Dinsos melatih 4.900 ketua RT dan 210 pendamping sosial, dan "
                "pemutakhiran kini dilakukan setiap tiga bulan."
            ),
            "significance": (
                "Dalam dua tahun, 14.300 penerima yang tidak lagi memenuhi kriteria dikeluarkan dan 9.800 "
                "keluarga miskin baru dimasukkan. Aduan salah sasaran bantuan turun 52 persen. Waktu "
                "pemutakhiran data turun dari 12 bulan menjadi 3 bulan. Ketepatan data juga dimanfaatkan "
                "Dinas Kesehatan untuk menentukan peserta PBI JKN dan oleh Dinas Pendidikan untuk beasiswa "
                "siswa miskin."
            ),
            "adaptability": (
                "Aplikasi memakai variabel DTKS nasional dan format unggah SIKS-NG, sehingga dapat "
                "diterapkan dinas sosial kabupaten/kota lain tanpa mengubah struktur data. Peran ketua RT "
                "sebagai pengusul dapat diganti dengan kepala dusun atau ketua lingkungan sesuai struktur "
                "kemasyarakatan setempat."
            ),
            "resources": (
                "Biaya pengembangan aplikasi Rp175 juta dari APBD 2023, sedangkan honor 210 pendamping "
                "sosial bersumber dari APBN. Sebanyak 4.900 ketua RT menerima insentif pulsa Rp50.000 per "
                "triwulan dari dana kelurahan, dan 3 operator Dinsos mengelola server serta rekapitulasi."
            ),
            "sustainability": (
                "Pemutakhiran triwulanan diatur dalam Peraturan Wali Kota tentang Pengelolaan Data Terpadu "
                "Kesejahteraan Sosial. Dinsos menjalin kerja sama dengan Disdukcapil untuk pencocokan NIK "
                "otomatis dan menjadwalkan audit data tahunan bersama Inspektorat."
            ),
        },
    },
    {
        "unit": "Dinas Pendidikan",
        "category": "Perangkat Daerah",
        "title": "RUMAH BELAJAR TEPIAN MUSI – Kelas Jemput Bola Anak Tidak Sekolah",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["pendidikan", "sosial"],
        "trial_date": "2023-07-17",
        "launch_date": "2024-01-08",
        "video_url": "https://www.youtube.com/watch?v=Rb7TpMusi0k",
        "summary": (
            "RUMAH BELAJAR TEPIAN MUSI membuka kelas kesetaraan dan kelas pendampingan di rumah warga, "
            "masjid, dan balai RT di kampung-kampung tepian Sungai Musi untuk anak yang putus sekolah atau "
            "belum pernah bersekolah. Sebanyak 1.240 anak telah kembali belajar."
        ),
        "sections": {
            "summary": (
                "RUMAH BELAJAR TEPIAN MUSI adalah program penjangkauan anak tidak sekolah di 16 kelurahan "
                "tepian Sungai Musi. Guru dan tutor PKBM mendatangi anak di kampungnya, mengajar di tempat "
                "yang dekat dengan rumah, lalu menyalurkan anak kembali ke sekolah formal atau program Paket "
                "A, B, dan C."
            ),
            "background": (
                "Data Dinas Pendidikan mencatat sekitar 3.900 anak usia sekolah di Palembang tidak "
                "bersekolah, sebagian besar tinggal di kampung padat di 1 Ulu, 3-4 Ulu, Kertapati, dan 3 "
                "Ilir. Anak-anak ini banyak yang membantu orang tua berdagang, menjadi buruh angkut di "
                "pasar, atau tinggal jauh dari sekolah terdekat. Program ini bertujuan membawa sekolah ke "
                "anak, bukan sebaliknya."
            ),
            "novelty": (
                "Kebaruan program terletak pada jadwal belajar yang mengikuti ritme anak: kelas sore dan "
                "malam setelah pasar tutup, materi yang dikaitkan dengan pekerjaan sehari-hari, serta ‘guru "
                "kampung’ dari mahasiswa dan pemuda setempat yang dilatih sebagai tutor."
            ),
            "implementation": (
                "Uji coba berjalan Juli–Desember 2023 di 4 kelurahan. Sejak Januari 2024 program mencakup 16 "
                "kelurahan dengan 38 titik belajar. Tim pendataan dari kelurahan dan ketua RT "
                "mengidentifikasi anak, lalu guru mendatangi keluarga untuk meminta persetujuan."
            ),
            "significance": (
                "Sebanyak 1.240 anak mengikuti kelas, 410 di antaranya kembali ke SD atau SMP formal dan 560 "
                "terdaftar di Paket A, B, atau C. Angka anak tidak sekolah di kelurahan sasaran turun 32 "
                "persen. Orang tua yang semula enggan karena kehilangan tenaga bantu berdagang berubah sikap "
                "setelah melihat jadwal yang fleksibel. Program ini juga menjadi pintu masuk bagi layanan "
                "lain: 190 anak yang belum memiliki akta kelahiran dibantu pengurusannya bersama "
                "Disdukcapil."
            ),
            "adaptability": (
                "Model ini dapat diterapkan di wilayah mana pun yang memiliki kantong anak tidak sekolah, "
                "karena hanya membutuhkan ruang belajar sederhana dan tutor lokal. Materi ajar disesuaikan "
                "dengan mata pencaharian setempat."
            ),
            "resources": (
                "Anggaran APBD 2024 sebesar Rp460 juta untuk honor tutor dan modul, ditambah Dana BOP "
                "Kesetaraan. Sebanyak 76 tutor, 16 guru pendamping, dan 6 PKBM mitra terlibat."
            ),
            "sustainability": (
                "Dinas Pendidikan memasukkan program ini ke dalam Rencana Aksi Daerah Penanganan Anak Tidak "
                "Sekolah. Masjid dan balai RT dipinjamkan tanpa biaya, dan kelurahan dapat memakai dana "
                "kelurahan untuk transportasi tutor."
            ),
        },
    },
    {
        "unit": "Badan Pengelola Pajak Daerah",
        "category": "Perangkat Daerah",
        "title": "SIPEKA – Sistem Pemantauan Pajak Kuliner Elektronik",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["keuangan"],
        "trial_date": "2022-09-12",
        "launch_date": "2023-03-01",
        "video_url": "https://www.youtube.com/watch?v=Sp3kaPjkR9u",
        "summary": (
            "SIPEKA merekam transaksi di rumah makan, kafe, dan gerai pempek melalui perangkat tapping box "
            "dan aplikasi kasir gratis, sehingga pajak restoran dihitung dari omzet sebenarnya. Penerimaan "
            "pajak restoran naik 41 persen dalam dua tahun."
        ),
        "sections": {
            "summary": (
                "SIPEKA adalah sistem pemantauan transaksi wajib pajak restoran secara daring. BPPD memasang "
                "perangkat perekam transaksi atau menyediakan aplikasi kasir gratis yang terhubung ke server "
                "pajak, sehingga omzet harian tercatat otomatis dan dapat dicocokkan dengan laporan SPTPD."
            ),
            "background": (
                "Kuliner adalah penggerak ekonomi Palembang, dari rumah makan pindang hingga ratusan gerai "
                "pempek di kawasan 26 Ilir dan Jalan Veteran. Namun penerimaan pajak restoran tidak "
                "sebanding dengan ramainya usaha karena pelaporan omzet bersifat mandiri dan sulit "
                "diperiksa. Tujuan SIPEKA adalah pengawasan yang adil tanpa menambah beban pengusaha."
            ),
            "novelty": (
                "Berbeda dengan tapping box yang hanya dipasang di restoran besar, SIPEKA menyediakan "
                "aplikasi kasir gratis di ponsel Android untuk usaha kecil dan menengah, lengkap dengan "
                "laporan stok dan laba sederhana yang bermanfaat bagi pemilik usaha."
            ),
            "implementation": (
                "Uji coba dimulai September 2022 di 60 restoran besar. Mulai Maret 2023 SIPEKA dipakai oleh "
                "1.150 wajib pajak. Petugas BPPD mendatangi usaha untuk pemasangan dan pelatihan kasir, "
                "serta memberikan pendampingan melalui layanan WhatsApp."
            ),
            "significance": (
                "Penerimaan pajak restoran meningkat dari Rp146 miliar pada 2022 menjadi Rp206 miliar pada "
                "2024. Selisih antara omzet yang dilaporkan dan omzet tercatat berkurang signifikan, dan "
                "jumlah pemeriksaan lapangan turun 45 persen karena data sudah tersedia. Pengusaha kecil "
                "mendapat manfaat pembukuan yang rapi, yang kemudian dipakai untuk mengajukan KUR. Tambahan "
                "penerimaan membiayai perbaikan jalan lingkungan dan penerangan kawasan kuliner."
            ),
            "adaptability": (
                "SIPEKA dapat diperluas ke pajak hotel, parkir, dan hiburan cukup dengan menyesuaikan modul "
                "pelaporan. Daerah lain dapat mereplikasinya melalui kerja sama dengan bank daerah yang "
                "menyediakan perangkat perekam, sedangkan aplikasi kasir dapat dibagikan sebagai kode sumber "
                "milik pemerintah."
            ),
            "resources": (
                "Pengadaan 400 perangkat perekam dibiayai Bank Sumsel Babel melalui kerja sama, sedangkan "
                "aplikasi kasir dikembangkan BPPD dengan APBD Rp190 juta. Tim terdiri atas 22 petugas "
                "pendataan dan 3 pengelola sistem."
            ),
            "sustainability": (
                "Kewajiban penggunaan alat perekam transaksi diatur dalam Peraturan Wali Kota tentang Tata "
                "Cara Pemungutan Pajak Restoran. BPPD memberi penghargaan tahunan kepada wajib pajak patuh "
                "dan memperbarui aplikasi kasir setiap tahun berdasarkan masukan pengusaha."
            ),
        },
    },
    {
        "unit": "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan",
        "category": "Perangkat Daerah",
        "title": "e-MUSRENBANG KITO – Usulan Pembangunan dari Lorong ke Kota",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["perencanaan", "penelitian-pengembangan"],
        "trial_date": "2022-11-01",
        "launch_date": "2023-01-09",
        "video_url": "",
        "summary": (
            "e-MUSRENBANG KITO memungkinkan warga, RT, dan kelurahan mengusulkan kegiatan pembangunan secara "
            "daring lengkap dengan foto dan lokasi, lalu memantau apakah usulan itu masuk APBD. Sebanyak 61 "
            "persen usulan prioritas kelurahan kini terakomodasi, naik dari 23 persen."
        ),
        "sections": {
            "summary": (
                "e-MUSRENBANG KITO adalah aplikasi perencanaan partisipatif yang menampung usulan sejak "
                "tingkat RT, menyaringnya di musrenbang kelurahan dan kecamatan, lalu menautkannya dengan "
                "program OPD dalam SIPD. Warga dapat menelusuri nasib setiap usulan hingga realisasinya."
            ),
            "background": (
                "Selama bertahun-tahun, usulan musrenbang di Palembang ditulis di kertas, berulang dari "
                "tahun ke tahun, dan jarang diketahui kelanjutannya. Ketua RT di Kelurahan Karya Baru, "
                "misalnya, mengusulkan perbaikan drainase yang sama lima tahun berturut-turut tanpa kabar. "
                "Ketidakjelasan ini menurunkan kepercayaan warga terhadap musrenbang. Inovasi ini bertujuan "
                "membuat perencanaan transparan dan berbasis bukti."
            ),
            "novelty": (
                "Setiap usulan wajib bertitik koordinat sehingga Bappeda Litbang dapat menumpangkannya "
                "dengan peta aduan LAPOR WONG KITO, data kemiskinan, dan rawan banjir untuk memberi skor "
                "prioritas. Usulan yang tidak terakomodasi mendapat alasan tertulis."
            ),
            "implementation": (
                "Aplikasi diuji pada musrenbang kelurahan November 2022 di tiga kecamatan, kemudian dipakai "
                "seluruh kota sejak siklus perencanaan 2023. Fasilitator kelurahan mendampingi RT yang belum "
                "terbiasa dengan ponsel pintar."
            ),
            "significance": (
                "Pada siklus 2024 tercatat 8.720 usulan dari 5.100 RT. Usulan berulang turun 48 persen "
                "karena usulan yang sudah direalisasikan otomatis tertutup. Proporsi usulan prioritas "
                "kelurahan yang masuk APBD naik dari 23 persen menjadi 61 persen, dan waktu rekapitulasi "
                "musrenbang kecamatan turun dari tiga minggu menjadi tiga hari. Data usulan juga menjadi "
                "bahan kajian Litbang tentang kebutuhan infrastruktur lingkungan."
            ),
            "adaptability": (
                "e-MUSRENBANG KITO mengikuti tahapan Permendagri 86/2017 dan memiliki antarmuka ekspor ke "
                "SIPD, sehingga mudah diadopsi daerah lain. Bobot skor prioritas dapat disesuaikan dengan "
                "indikator daerah masing-masing, misalnya rawan longsor atau kawasan pesisir."
            ),
            "resources": (
                "Aplikasi dikembangkan tim Bappeda Litbang bersama Diskominfo dengan APBD Rp230 juta, "
                "termasuk pelatihan. Sebanyak 107 fasilitator kelurahan dan 18 operator kecamatan dilatih, "
                "dan dua analis data Litbang mengolah skor prioritas setiap siklus perencanaan."
            ),
            "sustainability": (
                "Penggunaan aplikasi diatur dalam Peraturan Wali Kota tentang Tata Cara Musrenbang. Setiap "
                "tahun Bappeda Litbang menerbitkan laporan realisasi usulan per kecamatan, dan kinerja "
                "kelurahan dalam mengelola usulan masuk penilaian lomba kelurahan."
            ),
        },
    },
    {
        "unit": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "category": "Perangkat Daerah",
        "title": "NAIK PANGKAT TANPO BERKAS – Layanan Kenaikan Pangkat Otomatis",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["kepegawaian"],
        "trial_date": "2022-10-01",
        "launch_date": "2023-04-01",
        "video_url": "https://www.youtube.com/watch?v=Np7TbErksZq",
        "summary": (
            "ASN Pemerintah Kota Palembang kini naik pangkat tanpa menyerahkan berkas fisik: BKPSDM memindai "
            "arsip kepegawaian, mengusulkan kenaikan pangkat secara otomatis, dan SK terbit tepat waktu. "
            "Keterlambatan SK turun dari 31 persen menjadi 2 persen."
        ),
        "sections": {
            "summary": (
                "NAIK PANGKAT TANPO BERKAS adalah layanan kenaikan pangkat ASN berbasis arsip digital. "
                "BKPSDM mendigitalkan seluruh dokumen kepegawaian, mendeteksi ASN yang memenuhi syarat "
                "setiap periode, dan mengajukan usulan ke BKN melalui SIASN tanpa meminta berkas dari "
                "pegawai."
            ),
            "background": (
                "Dahulu setiap periode kenaikan pangkat, sekitar 1.800 ASN harus mengumpulkan fotokopi SK, "
                "ijazah, dan penilaian kinerja yang dilegalisasi. Berkas yang tidak lengkap membuat SK "
                "terlambat, bahkan ada guru di sekolah pinggiran yang kehilangan hak tunjangan "
                "berbulan-bulan. Tujuan inovasi ini adalah kenaikan pangkat tepat waktu tanpa beban "
                "administrasi bagi pegawai."
            ),
            "novelty": (
                "Kebaruan layanan ini adalah pendekatan ‘jemput data’: BKPSDM yang bekerja, bukan pegawai. "
                "Sistem mengirim notifikasi WhatsApp kepada ASN enam bulan sebelum jatuh tempo, hanya bila "
                "ada dokumen yang benar-benar kurang."
            ),
            "implementation": (
                "Digitalisasi 11.600 arsip pegawai dilakukan Oktober 2022 hingga Maret 2023 dengan "
                "melibatkan 30 tenaga pemindai. Pengelola kepegawaian di setiap OPD memeriksa kelengkapan "
                "hasil pindaian, dan layanan berlaku penuh sejak periode kenaikan pangkat April 2023."
            ),
            "significance": (
                "Keterlambatan SK kenaikan pangkat turun dari 31 persen menjadi 2 persen. ASN tidak lagi "
                "meninggalkan tugas untuk mengurus berkas, yang diperkirakan menghemat 5.400 jam kerja per "
                "tahun. Pengeluaran pegawai untuk fotokopi dan legalisasi hilang sama sekali. Arsip digital "
                "juga mempercepat layanan pensiun dan mutasi."
            ),
            "adaptability": (
                "Layanan ini dapat diterapkan BKPSDM daerah lain karena bertumpu pada SIASN yang berlaku "
                "nasional. Aplikasi arsip kepegawaian yang dipakai berbasis sumber terbuka dan dapat "
                "dipasang dengan biaya rendah, sedangkan digitalisasi dapat dilakukan bertahap per OPD."
            ),
            "resources": (
                "APBD 2022–2023 sebesar Rp340 juta dipakai untuk pengadaan 6 pemindai dokumen, honor tenaga "
                "digitalisasi, dan ruang penyimpanan server. Operasional sehari-hari ditangani 9 analis "
                "kepegawaian BKPSDM dan 48 pengelola kepegawaian di OPD."
            ),
            "sustainability": (
                "BKPSDM menetapkan standar operasional baru yang menghapus penyerahan berkas fisik, dan "
                "pemutakhiran arsip menjadi kewajiban pengelola kepegawaian di setiap OPD. Layanan akan "
                "diperluas untuk kenaikan gaji berkala dan pensiun."
            ),
        },
    },
    {
        "unit": "Badan Penanggulangan Bencana Daerah",
        "category": "Perangkat Daerah",
        "title": "SIAGA MUSI – Sistem Peringatan Dini Banjir dan Pasang Sungai Musi",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["trantibum", "pekerjaan-umum"],
        "trial_date": "2023-11-06",
        "launch_date": "2024-04-01",
        "video_url": "https://www.youtube.com/watch?v=SgMusi2bjr4",
        "summary": (
            "SIAGA MUSI memasang 24 sensor tinggi muka air di Sungai Musi, anak-anak sungai, dan kolam "
            "retensi, lalu mengirim peringatan dini banjir ke grup WhatsApp RT dan pengeras suara masjid di "
            "kawasan rawan. Warga kini mendapat waktu siaga rata-rata 3 jam sebelum air masuk rumah."
        ),
        "sections": {
            "summary": (
                "SIAGA MUSI adalah jaringan sensor tinggi muka air dan curah hujan yang terhubung dengan "
                "pusat pengendalian operasi BPBD. Ketika ambang siaga terlampaui, sistem otomatis mengirim "
                "pesan ke ketua RT, kelurahan, dan relawan, serta membunyikan sirene di 12 titik."
            ),
            "background": (
                "Banjir di Palembang dipicu kombinasi hujan lebat dan pasang Sungai Musi yang menghambat "
                "aliran dari Sungai Bendung, Sungai Sekanak, dan Sungai Lambidaro. Warga di Kelurahan Bukit "
                "Sangkal, Lebong Gajah, dan 8 Ulu sering baru menyadari bahaya ketika air sudah setinggi "
                "lutut. Tujuan SIAGA MUSI adalah memberi waktu bagi warga untuk menyelamatkan barang dan "
                "kelompok rentan."
            ),
            "novelty": (
                "SIAGA MUSI menggabungkan data pasang surut Sungai Musi dengan curah hujan untuk memprediksi "
                "genangan hingga tingkat RT. Peringatan dikirim dalam bahasa sederhana, misalnya ‘air di "
                "Sungai Bendung naik, wilayah RT 12 siaga satu jam lagi’."
            ),
            "implementation": (
                "Uji coba 8 sensor dimulai November 2023 menjelang puncak musim hujan. April 2024 jaringan "
                "diperluas menjadi 24 sensor. BPBD melatih 95 relawan kampung siaga bencana untuk merespons "
                "peringatan."
            ),
            "significance": (
                "Pada musim hujan 2024/2025, SIAGA MUSI mengirim 63 peringatan dengan ketepatan 86 persen. "
                "Rata-rata waktu siaga sebelum genangan mencapai permukiman 3 jam. Kerugian barang rumah "
                "tangga yang dilaporkan warga di kelurahan percontohan turun signifikan, dan 420 lansia "
                "serta penyandang disabilitas dievakuasi lebih dulu. Data sensor dipakai Dinas PSDA untuk "
                "mengatur operasi pompa di kolam retensi."
            ),
            "adaptability": (
                "Sensor berbiaya rendah dan perangkat lunak sumber terbuka membuat sistem ini dapat "
                "diterapkan di kota sungai lain seperti Jambi dan Banjarmasin. Ambang siaga cukup "
                "disesuaikan dengan karakter sungai setempat."
            ),
            "resources": (
                "Anggaran APBD 2023–2024 sebesar Rp780 juta untuk 24 sensor, 12 sirene, server, dan "
                "pelatihan. Sistem dijalankan 8 petugas Pusdalops BPBD secara bergiliran 24 jam, didukung 95 "
                "relawan kampung siaga bencana dan dua dosen hidrologi Universitas Sriwijaya."
            ),
            "sustainability": (
                "BPBD menyusun kerja sama pemeliharaan sensor dengan Dinas PSDA dan Universitas Sriwijaya. "
                "Relawan mendapat pelatihan penyegaran setiap menjelang musim hujan, dan sistem masuk "
                "rencana kontinjensi banjir kota."
            ),
        },
    },
    {
        "unit": "Dinas Perpustakaan dan Kearsipan",
        "category": "Perangkat Daerah",
        "title": "PERAHU PUSTAKA MUSI – Perpustakaan Keliling di Atas Ketek",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["perpustakaan", "pendidikan"],
        "trial_date": "2023-04-10",
        "launch_date": "2023-09-04",
        "video_url": "https://www.youtube.com/watch?v=PrhPstkMs3a",
        "summary": (
            "PERAHU PUSTAKA MUSI membawa 1.500 buku dengan perahu ketek ke kampung-kampung tepian Sungai "
            "Musi dan anak-anak sungainya setiap pekan. Program ini menjangkau 7.800 pengunjung per tahun, "
            "sebagian besar anak yang belum pernah ke perpustakaan."
        ),
        "sections": {
            "summary": (
                "PERAHU PUSTAKA MUSI adalah layanan perpustakaan keliling menggunakan ketek, perahu kayu "
                "khas Palembang, yang dimodifikasi dengan rak buku kedap air. Perahu singgah di 14 dermaga "
                "kampung secara terjadwal, dan pustakawan menggelar kegiatan mendongeng serta lomba membaca."
            ),
            "background": (
                "Minat baca anak di kampung tepian sungai rendah, sebagian karena jarak ke Perpustakaan "
                "Daerah di pusat kota dan mobil perpustakaan keliling yang tidak bisa masuk ke lorong sempit "
                "atau rumah rakit. Dispusip ingin menjangkau anak-anak di tempat mereka tinggal, melalui "
                "jalur yang mereka kenal: sungai."
            ),
            "novelty": (
                "Untuk pertama kalinya ketek, yang biasa dipakai untuk penyeberangan, dijadikan "
                "perpustakaan. Koleksi dipilih sesuai konteks setempat, termasuk cerita rakyat Palembang, "
                "buku tentang sungai, dan buku keterampilan bagi orang tua."
            ),
            "implementation": (
                "Uji coba April–Agustus 2023 dengan satu perahu di rute 1 Ulu hingga Kertapati. Sejak "
                "September 2023 dua perahu beroperasi di rute hulu dan hilir, bekerja sama dengan pemilik "
                "ketek setempat."
            ),
            "significance": (
                "Setiap tahun sekitar 7.800 pengunjung memanfaatkan layanan, dengan 18.000 peminjaman buku. "
                "Sebanyak 2.100 anak menjadi anggota perpustakaan untuk pertama kalinya. Guru SD di sekitar "
                "dermaga melaporkan peningkatan kemampuan membaca siswa kelas awal. Program juga "
                "menghidupkan dermaga kampung sebagai ruang publik."
            ),
            "adaptability": (
                "Konsep ini dapat diterapkan di daerah sungai, danau, atau pesisir dengan memakai perahu "
                "lokal masing-masing. Biaya modifikasi satu perahu hanya sekitar sepersepuluh harga mobil "
                "perpustakaan keliling, dan pemilik perahu setempat dapat dilibatkan sebagai mitra sewa."
            ),
            "resources": (
                "APBD 2023 sebesar Rp150 juta dipakai untuk sewa dan modifikasi dua ketek, rak kedap air, "
                "serta 1.500 eksemplar buku. Layanan dijalankan 6 pustakawan dan 12 relawan literasi, dengan "
                "motoris ketek dari kampung setempat."
            ),
            "sustainability": (
                "Dispusip mengalokasikan anggaran rutin dan menjalin kerja sama dengan Perpustakaan Nasional "
                "untuk pengayaan koleksi. Komunitas literasi di setiap dermaga dibentuk agar dapat mengelola "
                "pojok baca kampung secara mandiri."
            ),
        },
    },
    {
        "unit": "Dinas Pariwisata",
        "category": "Perangkat Daerah",
        "title": "JELAJAH KAMPUNG TUO – Paket Wisata Kampung Heritage Tepian Musi",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["pariwisata", "kebudayaan"],
        "trial_date": "2023-06-01",
        "launch_date": "2023-12-01",
        "video_url": "https://www.youtube.com/watch?v=JlJhKmpTuo7",
        "summary": (
            "JELAJAH KAMPUNG TUO mengemas Kampung Kapitan, Kampung Arab Al Munawar, dan Kampung Tenun 32 "
            "Ilir menjadi rute wisata susur sungai yang dipandu warga setempat. Kunjungan ke tiga kampung "
            "naik dari 9.000 menjadi 41.000 wisatawan per tahun."
        ),
        "sections": {
            "summary": (
                "JELAJAH KAMPUNG TUO adalah paket wisata heritage yang menghubungkan kampung-kampung tua di "
                "tepian Sungai Musi dengan perahu dari Dermaga Benteng Kuto Besak. Pemandu dari kelompok "
                "sadar wisata kampung menceritakan sejarah, dan wisatawan mencicipi kuliner serta membeli "
                "kerajinan warga."
            ),
            "background": (
                "Palembang memiliki kampung bersejarah berusia ratusan tahun, tetapi wisatawan umumnya hanya "
                "singgah di Jembatan Ampera dan Benteng Kuto Besak. Warga kampung tidak merasakan manfaat "
                "pariwisata, sementara rumah limas dan rumah panggung tua banyak yang rusak. Program ini "
                "bertujuan menjadikan warisan budaya sebagai sumber penghidupan."
            ),
            "novelty": (
                "Kebaruan program ada pada pengelolaan oleh warga: tiket dijual bersama, pendapatan dibagi "
                "antara pemandu, pemilik perahu, dan kas kampung untuk perawatan rumah tua. Wisatawan dapat "
                "memesan melalui agen perjalanan maupun langsung di dermaga."
            ),
            "implementation": (
                "Pada 2023 Dispar melatih 64 pemandu kampung, menyusun narasi sejarah bersama sejarawan, dan "
                "memperbaiki tiga dermaga. Uji coba paket dilakukan Juni 2023, dan paket resmi dipasarkan "
                "sejak Desember 2023."
            ),
            "significance": (
                "Kunjungan ke tiga kampung naik dari 9.000 menjadi 41.000 wisatawan per tahun. Pendapatan "
                "kelompok sadar wisata mencapai Rp1,2 miliar pada 2024, dan 27 rumah tua diperbaiki sebagian "
                "dengan kas kampung. Lama tinggal wisatawan bertambah karena paket digabung dengan wisata "
                "kuliner malam. Generasi muda kampung kembali mempelajari sejarah kampungnya sebagai "
                "pemandu."
            ),
            "adaptability": (
                "Model pengelolaan berbasis komunitas ini dapat diterapkan pada kampung heritage di kota "
                "lain, terutama kota sungai. Rute baru dapat ditambah tanpa biaya besar karena sungai "
                "menjadi jalur utama, cukup dengan memperbaiki dermaga dan melatih pemandu."
            ),
            "resources": (
                "APBD 2023 sebesar Rp520 juta untuk pelatihan pemandu, perbaikan tiga dermaga, dan promosi, "
                "ditambah DAK Nonfisik Pariwisata. Pengelolaan harian dilakukan 3 kelompok sadar wisata, 64 "
                "pemandu kampung, dan 22 pemilik perahu."
            ),
            "sustainability": (
                "Pokdarwis telah berbadan hukum dan memiliki kas bersama. Dispar memasukkan paket ini ke "
                "kalender event tahunan dan promosi bersama biro perjalanan, sementara Disbud menetapkan "
                "kampung-kampung tersebut sebagai kawasan cagar budaya."
            ),
        },
    },
    {
        "unit": "Dinas Koperasi dan Usaha Mikro",
        "category": "Perangkat Daerah",
        "title": "KITO NAIK KELAS – Klinik Pendampingan Usaha Mikro Terpadu",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["koperasi-ukm", "perindustrian"],
        "trial_date": "2022-07-04",
        "launch_date": "2023-01-16",
        "video_url": "",
        "summary": (
            "KITO NAIK KELAS memberi pendampingan satu pintu bagi usaha mikro: NIB, sertifikat halal gratis, "
            "desain kemasan, hingga pemasaran daring. Sebanyak 3.260 usaha mikro, mayoritas produsen pempek, "
            "kemplang, dan kue tradisional, telah didampingi."
        ),
        "sections": {
            "summary": (
                "KITO NAIK KELAS adalah klinik usaha mikro yang buka setiap hari di Gedung Dinkop UM dan "
                "berkeliling ke kecamatan dua kali sebulan. Dalam satu kunjungan pelaku usaha dapat mengurus "
                "NIB, mendaftar sertifikasi halal self-declare, berkonsultasi kemasan, dan membuka toko "
                "daring."
            ),
            "background": (
                "Ribuan usaha mikro olahan pangan di Palembang belum memiliki legalitas, label halal, atau "
                "kemasan layak, sehingga sulit masuk toko oleh-oleh dan ritel modern. Layanan pendampingan "
                "sebelumnya tersebar di beberapa instansi dan programnya tidak berkelanjutan. Klinik ini "
                "bertujuan menyatukan pendampingan dalam satu alur."
            ),
            "novelty": (
                "Kebaruan klinik adalah ‘paket naik kelas’ bertahap dengan target yang diukur: setiap usaha "
                "mikro memiliki rencana enam bulan dan didampingi pendamping tetap. Klinik bekerja sama "
                "dengan toko oleh-oleh untuk membuka rak khusus produk binaan."
            ),
            "implementation": (
                "Uji coba Juli–Desember 2022 melayani 420 usaha. Klinik diresmikan Januari 2023 dan mulai "
                "berkeliling ke 18 kecamatan, bekerja sama dengan Kementerian Agama untuk pendamping proses "
                "produk halal."
            ),
            "significance": (
                "Dari 3.260 usaha mikro yang didampingi, 2.900 memperoleh NIB, 1.480 memperoleh sertifikat "
                "halal, dan 610 memakai kemasan baru. Rata-rata omzet usaha binaan naik 34 persen dalam "
                "setahun. Sebanyak 140 produk masuk rak oleh-oleh di Bandara Sultan Mahmud Badaruddin II dan "
                "pusat oleh-oleh di Jalan Sudirman."
            ),
            "adaptability": (
                "Klinik ini dapat diterapkan dinas koperasi di daerah lain karena memanfaatkan program "
                "nasional yang sudah ada, seperti NIB melalui OSS dan sertifikasi halal self-declare. Yang "
                "baru hanyalah penyatuan layanan dalam satu alur dan pendamping tetap bagi setiap usaha."
            ),
            "resources": (
                "Anggaran APBD Rp380 juta per tahun, ditambah pendamping proses produk halal dari "
                "Kementerian Agama dan mahasiswa magang. Tim terdiri atas 14 pendamping usaha, 4 desainer "
                "kemasan, dan satu mobil klinik keliling."
            ),
            "sustainability": (
                "Klinik ditetapkan sebagai unit layanan tetap Dinkop UM sehingga anggarannya masuk belanja "
                "rutin. Asosiasi UMKM dan tiga perguruan tinggi menjadi mitra jangka panjang, dan alumni "
                "klinik yang sudah berhasil dilibatkan sebagai mentor sebaya bagi pelaku usaha baru."
            ),
        },
    },
    {
        "unit": "Rumah Sakit Umum Daerah Palembang BARI",
        "category": "Perangkat Daerah",
        "title": "SIRAJIN – Sistem Rujukan dan Antrean Jadwal Terintegrasi",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["kesehatan"],
        "trial_date": "2023-01-09",
        "launch_date": "2023-05-15",
        "video_url": "https://www.youtube.com/watch?v=SrjnBaRi5wX",
        "summary": (
            "SIRAJIN memungkinkan pasien rujukan puskesmas mendapatkan jadwal poliklinik RSUD BARI sejak "
            "dari puskesmas, lengkap dengan perkiraan jam dilayani. Waktu tunggu pasien rawat jalan turun "
            "dari 4,5 jam menjadi 1,5 jam."
        ),
        "sections": {
            "summary": (
                "SIRAJIN adalah sistem rujukan dan antrean daring yang menghubungkan 41 puskesmas dengan "
                "RSUD Palembang BARI. Saat merujuk, petugas puskesmas langsung memesankan jadwal poli dan "
                "mengirim ringkasan medis, sehingga pasien datang pada jam yang ditentukan."
            ),
            "background": (
                "Pasien rawat jalan RSUD BARI biasa datang subuh untuk mengambil nomor antrean dan baru "
                "dilayani siang hari. Ruang tunggu penuh, dan pasien lansia dari Kertapati atau Jakabaring "
                "harus berangkat sebelum matahari terbit. Rujukan juga sering ditolak karena dokter "
                "spesialis sedang tidak praktik. SIRAJIN bertujuan menghapus antrean fisik dan memastikan "
                "rujukan tepat jadwal."
            ),
            "novelty": (
                "SIRAJIN memberi estimasi jam layanan yang diperbarui setiap 15 menit melalui WhatsApp, dan "
                "menampilkan jadwal dokter spesialis kepada puskesmas sebelum merujuk. Ringkasan medis "
                "elektronik mengurangi pemeriksaan ulang."
            ),
            "implementation": (
                "Uji coba di poli penyakit dalam dan poli anak mulai Januari 2023. Sejak Mei 2023 seluruh 22 "
                "poliklinik memakai SIRAJIN. Petugas anjungan membantu pasien yang datang tanpa pemesanan."
            ),
            "significance": (
                "Waktu tunggu rawat jalan turun dari 4,5 jam menjadi 1,5 jam, dan 78 persen pasien kini "
                "datang sesuai jadwal. Rujukan yang dikembalikan karena jadwal dokter tidak tersedia turun "
                "dari 12 persen menjadi kurang dari 2 persen. Kepadatan ruang tunggu berkurang, dan survei "
                "kepuasan pasien naik dari 79 menjadi 90. Puskesmas juga menerima umpan balik hasil "
                "pemeriksaan sehingga kontrol pasien kronis lebih terkoordinasi."
            ),
            "adaptability": (
                "SIRAJIN dapat terhubung dengan SIMRS mana pun melalui standar HL7 FHIR dan platform "
                "SATUSEHAT, sehingga rumah sakit daerah lain dapat mengadopsinya. Modul estimasi jam layanan "
                "juga dapat dipakai puskesmas yang memiliki antrean panjang."
            ),
            "resources": (
                "Pengembangan dilakukan tim IT RSUD dengan anggaran BLUD Rp290 juta untuk perangkat lunak, "
                "anjungan mandiri, dan integrasi WhatsApp. Operasional melibatkan 6 petugas rekam medis RSUD "
                "dan 41 petugas rujukan di puskesmas."
            ),
            "sustainability": (
                "Biaya operasional dibiayai pendapatan BLUD RSUD. Kerja sama dengan Dinas Kesehatan menjamin "
                "penggunaan di seluruh puskesmas, dan SIRAJIN dimasukkan dalam standar pelayanan minimal "
                "rumah sakit serta dievaluasi setiap triwulan."
            ),
        },
    },
    {
        "unit": "Inspektorat Daerah",
        "category": "Perangkat Daerah",
        "title": "SIWAS KITO – Sistem Pengaduan Pelanggaran Internal (Whistleblowing)",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["pengawasan"],
        "trial_date": "2023-08-01",
        "launch_date": "2024-01-02",
        "video_url": "",
        "summary": (
            "SIWAS KITO menyediakan kanal rahasia bagi ASN dan warga untuk melaporkan dugaan pungutan liar, "
            "gratifikasi, dan penyalahgunaan wewenang, dengan perlindungan identitas pelapor. Sebanyak 186 "
            "laporan telah ditindaklanjuti, 41 di antaranya terbukti."
        ),
        "sections": {
            "summary": (
                "SIWAS KITO adalah aplikasi whistleblowing Pemerintah Kota Palembang yang dikelola "
                "Inspektorat Daerah. Pelapor mendapat kode unik untuk memantau laporan tanpa membuka "
                "identitas, dan setiap laporan ditelaah tim dalam tujuh hari kerja."
            ),
            "background": (
                "Kanal pengaduan pelanggaran sebelumnya berupa kotak surat dan nomor telepon yang jarang "
                "dipakai karena pelapor takut identitasnya bocor. Temuan pungutan liar pada layanan "
                "perizinan dan pengadaan lebih sering diketahui dari pemberitaan. Tujuan SIWAS KITO adalah "
                "deteksi dini pelanggaran melalui pelapor dari dalam."
            ),
            "novelty": (
                "Identitas pelapor dienkripsi dan hanya dapat dibuka oleh Inspektur dengan persetujuan "
                "tertulis. Pelapor dapat berkomunikasi dua arah secara anonim dengan tim penelaah untuk "
                "melengkapi bukti."
            ),
            "implementation": (
                "Uji coba di lingkungan Inspektorat dan tiga OPD layanan dimulai Agustus 2023. Januari 2024 "
                "kanal dibuka untuk seluruh ASN dan masyarakat, disertai sosialisasi ke setiap OPD."
            ),
            "significance": (
                "Dalam 18 bulan, 186 laporan masuk dan ditelaah, 41 terbukti dan berujung sanksi disiplin "
                "atau pengembalian kerugian daerah Rp2,3 miliar. Survei integritas internal menunjukkan "
                "kenaikan keyakinan ASN bahwa pelaporan akan ditindaklanjuti. Skor MCP KPK area pengawasan "
                "internal naik."
            ),
            "adaptability": (
                "Aplikasi mengikuti pedoman whistleblowing system KPK sehingga dapat dipakai inspektorat "
                "daerah lain. Yang perlu disesuaikan hanya struktur organisasi, kategori pelanggaran, dan "
                "alur persetujuan pembukaan identitas."
            ),
            "resources": (
                "Pengembangan bersama Diskominfo dengan APBD Rp120 juta, termasuk uji keamanan oleh tim "
                "persandian. Tim penelaah terdiri atas 7 auditor dan 2 Pengawas Penyelenggaraan Urusan "
                "Pemerintahan di Daerah."
            ),
            "sustainability": (
                "SIWAS KITO ditetapkan dalam Peraturan Wali Kota tentang Penanganan Pengaduan Pelanggaran. "
                "Inspektorat melaporkan statistik laporan setiap semester kepada Wali Kota dan publik, dan "
                "pelatihan penelaah dijadwalkan setiap tahun."
            ),
        },
    },
    {
        "unit": "Bagian Pengadaan Barang dan Jasa",
        "category": "Perangkat Daerah",
        "title": "E-KATALOG LOKAL WONG KITO – Belanja Pemerintah dari UMKM Palembang",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "affairs": ["koperasi-ukm", "keuangan"],
        "trial_date": "2023-03-06",
        "launch_date": "2023-08-01",
        "video_url": "https://www.youtube.com/watch?v=EkTlgLkl9Wk",
        "summary": (
            "E-KATALOG LOKAL WONG KITO menayangkan produk UMKM dan penyedia lokal Palembang di katalog "
            "elektronik, sehingga OPD dan sekolah dapat berbelanja makan minum rapat, seragam, dan alat "
            "tulis langsung dari usaha setempat. Nilai transaksi mencapai Rp186 miliar dalam dua tahun."
        ),
        "sections": {
            "summary": (
                "E-KATALOG LOKAL WONG KITO adalah katalog elektronik lokal Pemerintah Kota Palembang di "
                "platform LKPP. Bagian PBJ mengkurasi dan mendampingi UMKM hingga produknya tayang, lalu OPD "
                "dapat membeli dengan e-purchasing tanpa tender."
            ),
            "background": (
                "Kebijakan nasional mewajibkan minimal 40 persen belanja pemerintah untuk produk usaha mikro "
                "dan kecil, tetapi belanja OPD Palembang masih didominasi penyedia besar dari luar daerah. "
                "UMKM lokal tidak memahami prosedur pengadaan elektronik. Inovasi ini bertujuan membuka "
                "pasar pemerintah bagi UMKM Palembang."
            ),
            "novelty": (
                "Bagian PBJ membuka ‘jam konsultasi tayang produk’ setiap Selasa dan menggelar temu bisnis "
                "antara PPK dan UMKM. Produk khas seperti kudapan pempek untuk rapat dan kain jumputan untuk "
                "seragam dikelompokkan dalam etalase khusus."
            ),
            "implementation": (
                "Uji coba etalase makan minum dimulai Maret 2023 dengan 60 UMKM. Sejak Agustus 2023 tersedia "
                "14 etalase, dari alat tulis hingga jasa percetakan. Dinkop UM merekomendasikan UMKM binaan, "
                "dan Bagian PBJ mendampingi hingga produk tayang."
            ),
            "significance": (
                "Sebanyak 940 UMKM dan penyedia lokal telah tayang dengan 12.800 produk. Nilai transaksi "
                "mencapai Rp186 miliar pada 2023–2024, dan porsi belanja produk usaha kecil naik dari 19 "
                "persen menjadi 47 persen. Waktu pengadaan barang sederhana turun dari dua minggu menjadi "
                "dua hari."
            ),
            "adaptability": (
                "Katalog elektronik lokal tersedia untuk semua pemerintah daerah melalui LKPP, sehingga "
                "daerah lain dapat meniru pola pendampingan, jam konsultasi, dan temu bisnis antara PPK dan "
                "UMKM tanpa membangun sistem baru."
            ),
            "resources": (
                "Dilaksanakan dengan APBD Rp95 juta per tahun untuk pendampingan dan temu bisnis. Tim "
                "terdiri atas 5 pengelola pengadaan Bagian PBJ dan 10 pendamping UMKM dari Dinkop UM."
            ),
            "sustainability": (
                "Target porsi belanja produk lokal dimasukkan ke dalam indikator kinerja OPD. Bagian PBJ "
                "melakukan evaluasi harga dan kualitas setiap triwulan, serta menonaktifkan produk yang "
                "tidak memenuhi janji layanan."
            ),
        },
    },
    # Category "Kecamatan": every kecamatan except Kecamatan Gandus.
    {
        "unit": "Kecamatan Plaju",
        "category": "Kecamatan",
        "title": "SIPLAJU – Sistem Pelayanan Langsung Jemput Bola Plaju",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["adminduk", "kominfo", "sosial"],
        "trial_date": "2023-02-06",
        "launch_date": "2023-07-03",
        "video_url": "https://www.youtube.com/watch?v=SpLjuJmptB2",
        "summary": (
            "SIPLAJU memungkinkan warga tujuh kelurahan di Kecamatan Plaju memesan layanan administrasi "
            "melalui WhatsApp dan menerima dokumen di rumah. Lansia, penyandang disabilitas, dan warga sakit "
            "dilayani petugas jemput bola, sehingga waktu layanan surat keterangan turun dari 3 hari menjadi "
            "1 hari."
        ),
        "sections": {
            "summary": (
                "SIPLAJU adalah layanan administrasi kecamatan dan kelurahan berbasis pemesanan daring. "
                "Warga mengirim foto berkas melalui WhatsApp atau formulir web, petugas memverifikasi, dan "
                "dokumen yang sudah ditandatangani elektronik dikirim kembali atau diantar petugas. Untuk "
                "kelompok rentan, petugas mendatangi rumah membawa perangkat perekaman KTP-el."
            ),
            "background": (
                "Kecamatan Plaju dihuni sekitar 82.000 jiwa di tujuh kelurahan, dari Plaju Ulu, Bagus "
                "Kuning, hingga Talang Bubuk. Banyak warga bekerja sebagai buruh dan pekerja kontrak di "
                "kawasan kilang, sehingga sulit meninggalkan pekerjaan pada jam kantor. Sementara itu, "
                "sedikitnya 1.100 lansia dan penyandang disabilitas tidak dapat datang ke kantor kelurahan. "
                "SIPLAJU bertujuan agar tidak ada warga yang tertinggal layanan karena waktu atau kondisi "
                "fisik."
            ),
            "novelty": (
                "SIPLAJU menggabungkan tiga hal yang biasanya terpisah: antrean daring, tanda tangan "
                "elektronik camat dan lurah, serta jadwal jemput bola yang disusun otomatis per rute "
                "kelurahan. Warga juga dapat memilih mengambil dokumen di pos ronda atau masjid terdekat "
                "yang menjadi titik antar."
            ),
            "implementation": (
                "Uji coba dimulai Februari 2023 di Kelurahan Plaju Ulu dan Bagus Kuning untuk lima jenis "
                "surat. Sejak Juli 2023 layanan berlaku di seluruh kelurahan untuk 17 jenis layanan. Dua "
                "petugas jemput bola bergiliran setiap Selasa dan Kamis, dibantu ketua RT yang mendata warga "
                "rentan."
            ),
            "significance": (
                "Sejak diluncurkan, SIPLAJU melayani 11.400 permohonan, 64 persen di antaranya diselesaikan "
                "tanpa warga datang ke kantor. Waktu penyelesaian surat keterangan turun dari 3 hari menjadi "
                "1 hari, dan surat pengantar nikah dari 2 hari menjadi beberapa jam. Sebanyak 860 lansia dan "
                "penyandang disabilitas dilayani di rumah, termasuk 240 perekaman KTP-el yang sebelumnya "
                "tertunda bertahun-tahun. Antrean di kantor kecamatan pada Senin pagi, yang dulu mencapai 70 "
                "orang, kini jarang lebih dari 15 orang. Warga pekerja kilang tidak lagi kehilangan upah "
                "harian untuk mengurus berkas. Indeks Kepuasan Masyarakat Kecamatan Plaju naik dari 80,4 "
                "menjadi 89,1."
            ),
            "adaptability": (
                "SIPLAJU hanya memerlukan nomor WhatsApp layanan, formulir daring, dan sertifikat elektronik "
                "pejabat, sehingga dapat langsung diterapkan kecamatan lain. Pada 2024 Kecamatan Seberang "
                "Ulu II dan Kertapati telah mempelajari alur SIPLAJU."
            ),
            "resources": (
                "Biaya rendah: Rp48 juta per tahun dari DPA kecamatan untuk kuota data, bahan bakar "
                "kendaraan jemput bola, dan ponsel layanan. Dilaksanakan oleh 9 ASN kecamatan, 14 staf "
                "kelurahan, dan 112 ketua RT."
            ),
            "sustainability": (
                "SIPLAJU ditetapkan melalui Keputusan Camat tentang Standar Pelayanan, dan jadwal jemput "
                "bola masuk rencana kerja tahunan. Kecamatan bekerja sama dengan Disdukcapil untuk perangkat "
                "perekaman, serta dengan CSR perusahaan di Plaju untuk kendaraan operasional. Camat "
                "menerbitkan laporan bulanan kinerja layanan di papan informasi dan media sosial kecamatan."
            ),
        },
    },
    {
        "unit": "Kecamatan Alang-Alang Lebar",
        "category": "Kecamatan",
        "title": "PANTAS – Pelayanan Administrasi Tuntas di Akhir Pekan",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["adminduk"],
        "trial_date": "2022-08-06",
        "launch_date": "2023-01-07",
        "video_url": "",
        "summary": (
            "PANTAS membuka layanan administrasi kecamatan pada Sabtu pagi di balai pertemuan perumahan, "
            "sehingga warga yang bekerja pada hari kerja tetap dapat mengurus surat dan dokumen "
            "kependudukan. Sebanyak 6.200 warga telah dilayani."
        ),
        "sections": {
            "summary": (
                "PANTAS adalah layanan administrasi keliling setiap Sabtu pukul 08.00–12.00 yang berpindah "
                "di 16 titik perumahan di Kecamatan Alang-Alang Lebar. Warga dapat mengurus surat "
                "keterangan, pindah datang, hingga rekam KTP-el."
            ),
            "background": (
                "Alang-Alang Lebar adalah kecamatan dengan pertumbuhan perumahan tercepat di Palembang. "
                "Sebagian besar penghuninya pekerja kantoran dan pekerja swasta yang tidak bisa datang ke "
                "kantor kecamatan pada jam kerja. Banyak warga pendatang belum memindahkan KK sehingga tidak "
                "terdata dalam program pemerintah."
            ),
            "novelty": (
                "Layanan akhir pekan di lokasi perumahan belum pernah dilakukan di Palembang. Pengurus RT "
                "perumahan menjadi mitra yang mengumumkan jadwal dan mengumpulkan berkas sebelum hari "
                "layanan."
            ),
            "implementation": (
                "Uji coba dimulai Agustus 2022 di Perumahan Talang Kelapa dan Srijaya. Sejak Januari 2023 "
                "jadwal rutin berputar di 16 titik. ASN yang bertugas Sabtu mendapat hari pengganti."
            ),
            "significance": (
                "Sebanyak 6.200 warga dilayani, termasuk 1.700 pengurusan pindah datang yang membuat data "
                "penduduk kecamatan lebih akurat. Waktu yang dihemat warga diperkirakan setara setengah hari "
                "cuti per layanan. Partisipasi warga perumahan dalam kegiatan kecamatan juga meningkat."
            ),
            "adaptability": (
                "Layanan ini sangat mudah ditiru karena tidak memerlukan teknologi baru. Kecamatan lain "
                "cukup mengatur jadwal piket akhir pekan, membawa perangkat perekaman, dan menggandeng "
                "pengurus RT perumahan sebagai penyedia tempat."
            ),
            "resources": (
                "Biaya Rp36 juta per tahun dari DPA kecamatan untuk konsumsi petugas, transportasi, dan "
                "perlengkapan layanan. Dilaksanakan oleh 8 ASN kecamatan secara bergiliran, dibantu operator "
                "Disdukcapil untuk perekaman KTP-el."
            ),
            "sustainability": (
                "Jadwal PANTAS tercantum dalam standar pelayanan kecamatan, dan pengurus perumahan "
                "menyediakan tempat tanpa biaya. Kecamatan mengevaluasi titik layanan setiap semester "
                "berdasarkan jumlah pemohon."
            ),
        },
    },
    {
        "unit": "Kecamatan Bukit Kecil",
        "category": "Kecamatan",
        "title": "SI BUKIT – Sapa Informasi Bukit Kecil",
        "form": "public_service",
        "kind": "digital",
        "phase": "trial",
        "initiator": "asn",
        "affairs": ["kominfo", "adminduk"],
        "trial_date": "2024-10-01",
        "launch_date": None,
        "video_url": "",
        "summary": (
            "SI BUKIT adalah asisten WhatsApp otomatis yang menjawab pertanyaan warga tentang persyaratan "
            "layanan, jadwal posyandu, dan informasi bantuan di Kecamatan Bukit Kecil selama 24 jam. Dalam "
            "uji coba, 72 persen pertanyaan terjawab tanpa campur tangan petugas."
        ),
        "sections": {
            "summary": (
                "SI BUKIT adalah chatbot WhatsApp yang memuat 140 jawaban baku tentang layanan kecamatan dan "
                "kelurahan di Bukit Kecil, dari syarat surat keterangan ahli waris hingga jadwal penyaluran "
                "bantuan. Pertanyaan yang tidak dikenali diteruskan ke petugas pada jam kerja."
            ),
            "background": (
                "Warga sering datang ke kantor kelurahan hanya untuk bertanya syarat, lalu pulang untuk "
                "melengkapi berkas dan datang lagi. Di Kelurahan 19 Ilir, 22 Ilir, dan Talang Semut tercatat "
                "hampir separuh kunjungan hanya untuk bertanya. SI BUKIT bertujuan mengurangi kunjungan "
                "sia-sia."
            ),
            "novelty": (
                "Chatbot memahami pertanyaan dalam bahasa Palembang sehari-hari, misalnya ‘apo bae syarat "
                "surat pindah’, dan mengirimkan daftar syarat berikut contoh formulir terisi dalam bentuk "
                "gambar, sehingga warga tahu persis apa yang harus dibawa."
            ),
            "implementation": (
                "Uji coba berjalan sejak Oktober 2024 di enam kelurahan. Staf kecamatan menambah jawaban "
                "baru setiap minggu berdasarkan pertanyaan yang belum terjawab, dan nomor SI BUKIT dipasang "
                "di spanduk kelurahan serta grup WhatsApp RT."
            ),
            "significance": (
                "Dalam enam bulan uji coba, SI BUKIT menerima 4.900 percakapan dan menjawab 72 persen secara "
                "otomatis. Berkas yang dikembalikan karena tidak lengkap turun 40 persen, dan kunjungan ke "
                "kelurahan yang hanya untuk bertanya berkurang."
            ),
            "adaptability": (
                "Basis jawaban dapat disalin dan disesuaikan oleh kecamatan lain karena sebagian besar "
                "layanan kecamatan dan kelurahan di Palembang memiliki syarat yang sama. Penyesuaian cukup "
                "pada jadwal dan nomor kontak setempat."
            ),
            "resources": (
                "Layanan chatbot berbiaya Rp1,5 juta per bulan dibayar dari DPA kecamatan. Pengelolaan "
                "dilakukan 2 staf kecamatan yang juga menjawab pertanyaan yang diteruskan dari chatbot pada "
                "jam kerja."
            ),
            "sustainability": (
                "Setelah uji coba, kecamatan akan menetapkan SI BUKIT sebagai kanal informasi resmi dan "
                "mengusulkan integrasi dengan LAPOR WONG KITO milik Diskominfo agar pemeliharaan ditanggung "
                "bersama."
            ),
        },
    },
    {
        "unit": "Kecamatan Ilir Barat I",
        "category": "Kecamatan",
        "title": "LORONG BERSIH BERKAH – Gerakan Lorong Bebas Sampah",
        "form": "other",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["lingkungan-hidup", "pemberdayaan-masyarakat"],
        "trial_date": "2022-05-02",
        "launch_date": "2022-10-01",
        "video_url": "https://www.youtube.com/watch?v=LrngBrsh8Bk",
        "summary": (
            "LORONG BERSIH BERKAH mengajak warga satu lorong memilah sampah, menyetorkan sampah anorganik ke "
            "bank sampah, dan mengompos sampah dapur. Lorong terbaik setiap bulan mendapat dana pembinaan, "
            "dan kini 94 lorong bebas tumpukan sampah liar."
        ),
        "sections": {
            "summary": (
                "LORONG BERSIH BERKAH adalah gerakan warga yang dikoordinasikan kecamatan untuk menjadikan "
                "lorong sebagai satuan pengelolaan sampah. Setiap lorong memiliki ‘duta lorong’, jadwal "
                "kerja bakti, dan tong pilah, serta berlomba dalam penilaian bulanan."
            ),
            "background": (
                "Kawasan Ilir Barat I seperti Bukit Lama, Lorok Pakjo, dan Siring Agung memiliki banyak "
                "lorong padat yang sulit dijangkau truk sampah. Warga terbiasa membuang sampah ke parit atau "
                "lahan kosong, yang kemudian menyumbat saluran dan menyebabkan genangan. Gerakan ini lahir "
                "dari inisiatif ibu-ibu pengajian di Lorong Sepakat."
            ),
            "novelty": (
                "Pendekatan berbasis lorong dan penilaian bulanan yang diumumkan di masjid menimbulkan "
                "kebanggaan dan persaingan sehat. Dana pembinaan dari CSR dipakai lorong untuk memperbaiki "
                "lampu atau membuat taman kecil."
            ),
            "implementation": (
                "Dimulai Mei 2022 di 10 lorong, gerakan diperluas ke seluruh kelurahan sejak Oktober 2022. "
                "Kecamatan membentuk tim penilai dari unsur kelurahan, PKK, dan DLHK."
            ),
            "significance": (
                "Sebanyak 94 lorong kini bebas tumpukan sampah liar, dan 31 titik pembuangan liar ditutup. "
                "Sampah yang diangkut ke TPS dari kelurahan sasaran turun sekitar 18 persen. Titik genangan "
                "saat hujan di kawasan Lorok Pakjo berkurang karena parit tidak lagi tersumbat."
            ),
            "adaptability": (
                "Gerakan ini dapat diterapkan di kawasan padat mana pun karena berbasis satuan sosial "
                "terkecil, yaitu lorong atau gang. Bentuk apresiasi dapat disesuaikan dengan sumber daya "
                "setempat, dari dana pembinaan hingga sekadar piagam dan pengumuman di masjid."
            ),
            "resources": (
                "Biaya Rp60 juta per tahun dari DPA kecamatan dan CSR untuk tong pilah, komposter, dan dana "
                "pembinaan lorong terbaik. Gerakan digerakkan 94 duta lorong, kader PKK, dan tim penilai "
                "dari kelurahan."
            ),
            "sustainability": (
                "Penilaian lorong menjadi agenda tetap kecamatan, dan bank sampah hasil gerakan ini "
                "terdaftar di SI BASO milik DLHK sehingga pendapatan sampah membiayai kegiatan lorong."
            ),
        },
    },
    {
        "unit": "Kecamatan Ilir Barat II",
        "category": "Kecamatan",
        "title": "SAYANG LANSIA – Layanan Kesehatan dan Sosial Lansia di Rumah",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["kesehatan", "sosial"],
        "trial_date": "2023-03-01",
        "launch_date": "2023-08-01",
        "video_url": "",
        "summary": (
            "SAYANG LANSIA mendata seluruh lansia di Kecamatan Ilir Barat II dan mengirim tim kecamatan, "
            "puskesmas, dan kader ke rumah lansia yang tinggal sendiri atau terbaring sakit setiap bulan. "
            "Sebanyak 1.350 lansia rutin dikunjungi."
        ),
        "sections": {
            "summary": (
                "SAYANG LANSIA adalah program pendampingan lansia berbasis kunjungan rumah. Tim terpadu "
                "memeriksa tekanan darah dan gula darah, memastikan obat rutin tersedia, dan membantu urusan "
                "administrasi seperti KTP-el, BPJS, dan bantuan sosial."
            ),
            "background": (
                "Kelurahan 27 Ilir hingga 35 Ilir memiliki banyak lansia yang tinggal sendiri karena "
                "anak-anaknya merantau. Posyandu lansia hanya menjangkau lansia yang masih mampu berjalan, "
                "sementara lansia terbaring tidak tersentuh layanan."
            ),
            "novelty": (
                "Program ini menyatukan layanan kesehatan dan layanan administrasi dalam satu kunjungan, "
                "serta menggunakan ‘kartu sayang’ berisi kontak darurat yang ditempel di pintu rumah lansia."
            ),
            "implementation": (
                "Pendataan dilakukan Maret–Juli 2023 oleh ketua RT dan kader posyandu lansia. Kunjungan "
                "rutin dimulai Agustus 2023 dengan jadwal bergilir per kelurahan, dan lansia dengan risiko "
                "tinggi dikunjungi dua kali sebulan."
            ),
            "significance": (
                "Sebanyak 1.350 lansia dikunjungi rutin, 410 lansia baru terdaftar sebagai peserta JKN, dan "
                "96 lansia dibantu perekaman KTP-el di rumah. Kasus hipertensi tak terkontrol yang ditemukan "
                "dirujuk ke puskesmas, dan dua lansia yang tinggal sendiri diselamatkan setelah ditemukan "
                "sakit oleh tim."
            ),
            "adaptability": (
                "Program dapat direplikasi kecamatan lain dengan memanfaatkan kader posyandu dan tenaga "
                "puskesmas yang sudah ada. Kartu kontak darurat dan formulir kunjungan dapat dipakai tanpa "
                "perubahan."
            ),
            "resources": (
                "Biaya Rp52 juta per tahun untuk alat pemeriksaan tekanan darah dan gula darah serta "
                "transportasi. Melibatkan 2 tenaga puskesmas, 6 ASN kecamatan, dan 70 kader."
            ),
            "sustainability": (
                "Kegiatan masuk rencana kerja puskesmas dan kecamatan, serta didukung dana kelurahan. "
                "Kecamatan menggandeng Karang Werdha untuk menyediakan relawan pendamping sebaya bagi lansia "
                "yang tinggal sendiri."
            ),
        },
    },
    {
        "unit": "Kecamatan Ilir Timur I",
        "category": "Kecamatan",
        "title": "PKL RAPI – Penataan Kaki Lima Ramah dan Partisipatif",
        "form": "governance",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["trantibum", "perdagangan"],
        "trial_date": "2023-05-08",
        "launch_date": "2023-11-01",
        "video_url": "https://www.youtube.com/watch?v=PklRp16IlrK",
        "summary": (
            "PKL RAPI menata pedagang kaki lima di kawasan 16 Ilir dan Jalan Masjid Lama melalui musyawarah, "
            "pembagian zona dan jam berdagang, serta iuran kebersihan yang dikelola paguyuban. Trotoar "
            "kembali berfungsi tanpa penggusuran."
        ),
        "sections": {
            "summary": (
                "PKL RAPI adalah penataan pedagang kaki lima berbasis kesepakatan. Kecamatan memfasilitasi "
                "paguyuban pedagang menyepakati zona, jam berdagang, ukuran lapak, dan kewajiban kebersihan, "
                "lalu pelaksanaannya diawasi bersama."
            ),
            "background": (
                "Kawasan 16 Ilir dan sekitar Pasar 16 Ilir dipadati ratusan PKL yang menutup trotoar dan "
                "sebagian badan jalan, menyebabkan kemacetan dan sampah. Penertiban berulang oleh Satpol PP "
                "hanya efektif sesaat dan sering memicu konflik."
            ),
            "novelty": (
                "Pedagang dilibatkan sebagai pengawas sebaya melalui paguyuban, dan setiap lapak mendapat "
                "nomor serta kartu identitas pedagang. Jam berdagang dibagi antara pedagang pagi dan "
                "pedagang malam."
            ),
            "implementation": (
                "Musyawarah dan pendataan 640 pedagang berlangsung Mei–Oktober 2023 dalam 14 kali pertemuan. "
                "Penataan resmi berlaku November 2023, diawasi bersama oleh kecamatan, Satpol PP, dan "
                "paguyuban pedagang."
            ),
            "significance": (
                "Trotoar di lima ruas kembali dapat dilalui pejalan kaki, waktu tempuh kendaraan di Jalan "
                "Masjid Lama pada jam sibuk berkurang sekitar 10 menit, dan konflik penertiban tidak lagi "
                "terjadi. Pendapatan pedagang tetap terjaga, bahkan meningkat karena kawasan lebih nyaman "
                "dikunjungi."
            ),
            "adaptability": (
                "Pendekatan musyawarah dan pengawasan sebaya dapat diterapkan pada kawasan PKL lain di "
                "Palembang, seperti sekitar Pasar Lemabang, maupun di kota lain yang menghadapi masalah "
                "serupa."
            ),
            "resources": (
                "Biaya Rp70 juta untuk pendataan, rambu zona, dan kartu identitas pedagang. Dilaksanakan 12 "
                "ASN kecamatan dan 18 pengurus paguyuban, dengan dukungan personel Satpol PP."
            ),
            "sustainability": (
                "Kesepakatan dituangkan dalam Keputusan Camat dan ditinjau setiap tahun bersama paguyuban. "
                "Iuran kebersihan dikelola paguyuban secara transparan dan dilaporkan setiap bulan di papan "
                "pengumuman pasar."
            ),
        },
    },
    {
        "unit": "Kecamatan Ilir Timur II",
        "category": "Kecamatan",
        "title": "DASHAT PEMPEK – Dapur Sehat Atasi Stunting dengan Olahan Ikan Lokal",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["pengendalian-penduduk", "kesehatan", "pangan"],
        "trial_date": "2022-09-01",
        "launch_date": "2023-02-06",
        "video_url": "https://www.youtube.com/watch?v=DshtPmpk4Ya",
        "summary": (
            "DASHAT PEMPEK mengolah ikan gabus dan tenggiri menjadi pempek, tekwan, dan model bergizi tinggi "
            "untuk makanan tambahan balita berisiko stunting, dimasak di dapur sehat yang dikelola kader dan "
            "UMKM kuliner setempat. Sebanyak 68 persen balita sasaran mengalami kenaikan berat badan sesuai "
            "target."
        ),
        "sections": {
            "summary": (
                "DASHAT PEMPEK adalah dapur sehat di empat kelurahan yang menyiapkan makanan tambahan "
                "berbasis ikan lokal bagi balita berisiko stunting dan ibu hamil kurang energi kronis. Menu "
                "disusun ahli gizi puskesmas dan dimasak oleh ibu-ibu pelaku usaha pempek setempat."
            ),
            "background": (
                "Prevalensi stunting di Kelurahan 2 Ilir, 3 Ilir, dan Kuto Batu termasuk yang tertinggi di "
                "Palembang. Bantuan makanan tambahan berupa biskuit pabrikan sering tidak dimakan anak. "
                "Padahal ikan, bahan utama pempek, adalah sumber protein yang akrab di lidah anak Palembang."
            ),
            "novelty": (
                "Kebaruan program adalah memanfaatkan kuliner khas Palembang sebagai sarana intervensi gizi. "
                "Kadar garam dan tepung dikurangi, porsi ikan ditambah, dan menu divariasikan setiap hari "
                "selama 90 hari intervensi."
            ),
            "implementation": (
                "Uji coba September 2022–Januari 2023 di Kelurahan 3 Ilir. Sejak Februari 2023 empat dapur "
                "beroperasi, masing-masing melayani sekitar 100 balita, dan didampingi Tim Pendamping "
                "Keluarga serta ahli gizi puskesmas."
            ),
            "significance": (
                "Dari 420 balita sasaran, 68 persen naik berat badan sesuai target dan 37 persen keluar dari "
                "kategori berisiko. Ibu-ibu pengelola dapur memperoleh tambahan penghasilan, dan resep "
                "pempek tinggi protein kini dijual sebagai menu sehat di warung setempat."
            ),
            "adaptability": (
                "Model dapur sehat berbasis kuliner lokal dapat diterapkan di daerah lain dengan "
                "menyesuaikan pangan khas setempat, misalnya olahan sagu atau ikan laut, selama menu disusun "
                "ahli gizi."
            ),
            "resources": (
                "Dana Rp210 juta per tahun dari DPA kecamatan, BKKBN, dan CSR. Melibatkan 4 ahli gizi, 24 "
                "kader, dan 12 pelaku usaha kuliner sebagai juru masak."
            ),
            "sustainability": (
                "Dapur sehat ditetapkan sebagai bagian Kampung KB dan dibiayai bersama dana kelurahan dan "
                "CSR. Kecamatan menyiapkan kemasan pempek beku bergizi agar dapur dapat menjual produk dan "
                "membiayai diri."
            ),
        },
    },
    {
        "unit": "Kecamatan Ilir Timur III",
        "category": "Kecamatan",
        "title": "E-SURAT RT – Surat Pengantar RT/RW Digital",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["adminduk", "kominfo"],
        "trial_date": "2023-09-04",
        "launch_date": "2024-02-01",
        "video_url": "",
        "summary": (
            "E-SURAT RT menggantikan surat pengantar RT/RW kertas dengan surat digital bertanda QR yang "
            "diterbitkan ketua RT dari ponsel. Warga tidak perlu lagi mencari ketua RT dan RW ke rumah, dan "
            "kelurahan dapat memverifikasi keaslian surat dalam hitungan detik."
        ),
        "sections": {
            "summary": (
                "E-SURAT RT adalah aplikasi sederhana bagi ketua RT dan RW di Kecamatan Ilir Timur III untuk "
                "menerbitkan surat pengantar digital. Surat bertanda QR dikirim ke WhatsApp warga dan "
                "langsung tercatat di sistem kelurahan."
            ),
            "background": (
                "Hampir semua layanan kelurahan mensyaratkan surat pengantar RT dan RW. Warga sering harus "
                "bolak-balik karena ketua RT sedang bekerja, dan ditemukan surat pengantar palsu. Sebagai "
                "kecamatan pemekaran, Ilir Timur III ingin membangun tata kelola administrasi yang rapi "
                "sejak awal."
            ),
            "novelty": (
                "Tanda QR memungkinkan kelurahan memverifikasi keaslian surat secara instan. Data surat "
                "pengantar juga menjadi catatan mutasi penduduk di tingkat RT yang sebelumnya tidak pernah "
                "terdokumentasi."
            ),
            "implementation": (
                "Uji coba dimulai September 2023 di Kelurahan 8 Ilir dan 9 Ilir. Sejak Februari 2024 seluruh "
                "260 RT memakai aplikasi. Ketua RT yang tidak memiliki ponsel pintar dibantu sekretaris RT."
            ),
            "significance": (
                "Sebanyak 9.200 surat pengantar digital terbit, dengan waktu rata-rata 2 jam dibandingkan "
                "1–2 hari sebelumnya. Kasus surat pengantar palsu tidak lagi ditemukan. Kelurahan kini "
                "mengetahui jumlah warga pindah dan datang di setiap RT."
            ),
            "adaptability": (
                "Aplikasi berbasis web, ringan, dan dapat dibuka dari ponsel apa pun, sehingga kecamatan "
                "lain cukup menambahkan daftar RT, RW, dan nama pengurus. Kecamatan Kemuning telah meminjam "
                "kode sumbernya dan berencana mereplikasi pada 2025, sedangkan kelurahan di kabupaten "
                "tetangga dapat memakainya untuk surat pengantar kepala dusun."
            ),
            "resources": (
                "Dikembangkan bersama mahasiswa magang Universitas Sriwijaya dengan biaya Rp30 juta untuk "
                "server dan pelatihan. Dikelola 3 staf kecamatan dan didukung 260 ketua RT."
            ),
            "sustainability": (
                "Penggunaan e-surat ditetapkan melalui Keputusan Camat, dan surat pengantar kertas tidak "
                "lagi diterima sejak Juli 2024. Kecamatan mengusulkan agar Diskominfo mengambil alih "
                "pemeliharaan sebagai aplikasi kota sehingga dapat dipakai seluruh kecamatan, sementara "
                "pelatihan ketua RT baru dilakukan setiap pergantian pengurus."
            ),
        },
    },
    {
        "unit": "Kecamatan Jakabaring",
        "category": "Kecamatan",
        "title": "MAGGOT JAKA – Pengolahan Sampah Organik Pasar dengan Maggot BSF",
        "form": "other",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["lingkungan-hidup", "pertanian"],
        "trial_date": "2023-01-09",
        "launch_date": "2023-06-05",
        "video_url": "https://www.youtube.com/watch?v=MggtJkbrng6",
        "summary": (
            "MAGGOT JAKA mengolah sampah sayur dan buah dari Pasar Induk Jakabaring menjadi pakan maggot "
            "Black Soldier Fly, yang dijual ke peternak ikan dan unggas. Sekitar 2,4 ton sampah organik per "
            "hari tidak lagi dibuang ke TPA."
        ),
        "sections": {
            "summary": (
                "MAGGOT JAKA adalah unit budidaya maggot Black Soldier Fly yang dikelola kelompok pemuda "
                "bersama kecamatan. Sampah organik dari Pasar Induk Jakabaring diangkut setiap pagi, diurai "
                "maggot, lalu maggot dan kasgot dijual sebagai pakan dan pupuk."
            ),
            "background": (
                "Pasar Induk Jakabaring menghasilkan berton-ton sampah sayur setiap hari yang menumpuk dan "
                "berbau, sementara peternak lele di Jakabaring mengeluhkan mahalnya pakan pabrikan. Inovasi "
                "ini menyambungkan kedua masalah menjadi peluang usaha."
            ),
            "novelty": (
                "Sampah pasar dikelola sebagai usaha pemuda yang menghasilkan pendapatan, bukan sekadar "
                "program kebersihan. Kecamatan memfasilitasi kesepakatan pasokan sampah dengan pengelola "
                "pasar dan pembelian maggot oleh kelompok peternak."
            ),
            "implementation": (
                "Uji coba dengan satu rumah maggot dimulai Januari 2023. Sejak Juni 2023 beroperasi tiga "
                "rumah maggot di lahan kecamatan, dengan jadwal angkut sampah setiap pagi pukul 06.00."
            ),
            "significance": (
                "Sekitar 2,4 ton sampah organik per hari terolah. Kelompok menjual 350 kg maggot segar per "
                "hari kepada 40 peternak, dengan omzet sekitar Rp18 juta per bulan dan mempekerjakan 15 "
                "pemuda. Biaya pakan peternak lele mitra turun 30 persen."
            ),
            "adaptability": (
                "Budidaya maggot dapat diterapkan di pasar mana pun yang menghasilkan sampah organik. "
                "Kecamatan telah menerima kunjungan belajar dari beberapa kecamatan di Palembang dan "
                "Kabupaten Banyuasin."
            ),
            "resources": (
                "Modal awal Rp85 juta dari CSR dan DPA kecamatan untuk rumah maggot, rak biopond, dan mesin "
                "pencacah. Dikelola 15 pemuda dan didampingi DLHK."
            ),
            "sustainability": (
                "Kelompok telah berbadan hukum koperasi dan membiayai operasional dari penjualan maggot dan "
                "kasgot. Kecamatan memfasilitasi perpanjangan kerja sama dengan pengelola pasar setiap "
                "tahun."
            ),
        },
    },
    {
        "unit": "Kecamatan Kalidoni",
        "category": "Kecamatan",
        "title": "SI PANDAI PBB – Pendampingan Bayar PBB dari Pintu ke Pintu",
        "form": "governance",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["keuangan"],
        "trial_date": "2023-03-13",
        "launch_date": "2023-07-10",
        "video_url": "",
        "summary": (
            "SI PANDAI PBB mengerahkan ketua RT dan petugas kelurahan untuk mengantar SPPT, mencocokkan data "
            "objek pajak, dan membantu warga membayar PBB melalui QRIS di depan rumah. Realisasi PBB "
            "Kecamatan Kalidoni naik dari 58 persen menjadi 83 persen."
        ),
        "sections": {
            "summary": (
                "SI PANDAI PBB adalah gerakan pendampingan pembayaran PBB di Kecamatan Kalidoni. Petugas "
                "membawa SPPT, perangkat pembayaran QRIS, dan formulir perbaikan data, sehingga warga dapat "
                "membayar dan memperbaiki data dalam satu kunjungan."
            ),
            "background": (
                "Realisasi PBB Kalidoni bertahun-tahun tertinggal karena banyak SPPT tidak sampai, data "
                "objek pajak keliru, atau warga enggan datang ke bank. Akibatnya tunggakan menumpuk dan "
                "warga terkejut saat harus melunasi untuk jual beli tanah."
            ),
            "novelty": (
                "Kecamatan menggunakan QRIS daerah dari Bank Sumsel Babel, dan perbaikan data objek pajak "
                "diteruskan langsung ke BPPD. RT dengan pelunasan tercepat mendapat penghargaan di apel "
                "kecamatan."
            ),
            "implementation": (
                "Uji coba di Kelurahan Sei Lais dan Bukit Sangkal Maret–Juni 2023, lalu diperluas ke lima "
                "kelurahan. Petugas bekerja sore hari dan akhir pekan saat warga di rumah."
            ),
            "significance": (
                "Realisasi PBB naik dari 58 persen menjadi 83 persen dalam dua tahun. Sebanyak 2.300 data "
                "objek pajak diperbaiki, termasuk SPPT ganda dan luas bangunan yang salah. Warga tidak lagi "
                "dikenai denda karena SPPT tidak diterima."
            ),
            "adaptability": (
                "Pola jemput bola dengan QRIS dapat diterapkan kecamatan lain tanpa biaya tambahan yang "
                "berarti, karena perangkat pembayaran disediakan bank daerah dan data SPPT sudah tersedia di "
                "BPPD."
            ),
            "resources": (
                "Biaya Rp25 juta per tahun dari DPA kecamatan untuk transportasi petugas dan penghargaan RT. "
                "Melibatkan 10 petugas kecamatan dan kelurahan, 180 ketua RT, serta perangkat QRIS dari Bank "
                "Sumsel Babel."
            ),
            "sustainability": (
                "Kecamatan menjadikan jadwal pendampingan bagian dari kalender kerja tahunan, mulai sebulan "
                "setelah SPPT terbit. BPPD memberikan insentif pemungutan sesuai ketentuan kepada petugas."
            ),
        },
    },
    {
        "unit": "Kecamatan Kemuning",
        "category": "Kecamatan",
        "title": "RONDA DIGITAL – Poskamling Terhubung CCTV dan Tombol Darurat",
        "form": "public_service",
        "kind": "digital",
        "phase": "trial",
        "initiator": "community",
        "affairs": ["trantibum"],
        "trial_date": "2024-06-03",
        "launch_date": None,
        "video_url": "https://www.youtube.com/watch?v=RndDgtlKmn1",
        "summary": (
            "RONDA DIGITAL menghubungkan 30 poskamling di Kecamatan Kemuning dengan kamera CCTV dan tombol "
            "darurat yang mengirim peringatan ke grup warga, Bhabinkamtibmas, dan kecamatan. Dalam uji coba, "
            "laporan pencurian kendaraan di kelurahan sasaran turun 46 persen."
        ),
        "sections": {
            "summary": (
                "RONDA DIGITAL memadukan ronda malam tradisional dengan teknologi sederhana: CCTV di mulut "
                "lorong, tombol darurat di rumah warga rentan, dan grup pesan yang terhubung dengan petugas "
                "keamanan. Petugas ronda memantau rekaman dari poskamling."
            ),
            "background": (
                "Pencurian sepeda motor dan pembobolan rumah kosong sering terjadi di Kelurahan Pahlawan, "
                "Sekip Jaya, dan Ario Kemuning, terutama saat warga mudik atau bekerja. Ronda malam mulai "
                "sepi peminat, dan laporan ke kepolisian sering terlambat."
            ),
            "novelty": (
                "Kamera dan tombol darurat dibeli dengan iuran warga, sedangkan kecamatan menyediakan server "
                "rekaman terpusat dan pelatihan. Tombol darurat juga dipasang di rumah lansia yang tinggal "
                "sendiri."
            ),
            "implementation": (
                "Uji coba berjalan sejak Juni 2024 di 30 poskamling di Kelurahan Pahlawan, Sekip Jaya, dan "
                "Ario Kemuning. Pemasangan dan pelatihan dilakukan bersama Polsek Kemuning, dan jadwal ronda "
                "disusun ulang per RT."
            ),
            "significance": (
                "Laporan pencurian kendaraan di kelurahan sasaran turun 46 persen, dan rekaman CCTV membantu "
                "pengungkapan 11 kasus. Tombol darurat dipakai 23 kali, termasuk untuk kebakaran dan lansia "
                "jatuh."
            ),
            "adaptability": (
                "Model iuran warga dengan dukungan server kecamatan dapat diterapkan di kawasan permukiman "
                "lain, karena kamera dan tombol darurat yang dipakai tersedia luas di pasaran dengan harga "
                "terjangkau."
            ),
            "resources": (
                "Dana iuran warga Rp120 juta untuk kamera dan tombol darurat, serta DPA kecamatan Rp45 juta "
                "untuk server rekaman. Melibatkan 30 kelompok ronda dan 3 Bhabinkamtibmas."
            ),
            "sustainability": (
                "Kecamatan menyiapkan Keputusan Camat tentang Sistem Keamanan Lingkungan Terpadu dan "
                "mengajukan integrasi kamera ke pusat kendali Diskominfo. Iuran bulanan warga membiayai "
                "perawatan perangkat."
            ),
        },
    },
    {
        "unit": "Kecamatan Kertapati",
        "category": "Kecamatan",
        "title": "JAMBAN SEHAT TEPIAN OGAN – Gerakan Stop Buang Air Besar Sembarangan",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "asn",
        "affairs": ["perumahan", "kesehatan", "lingkungan-hidup"],
        "trial_date": "2022-04-04",
        "launch_date": "2022-09-05",
        "video_url": "https://www.youtube.com/watch?v=JmbnOganK3t",
        "summary": (
            "JAMBAN SEHAT TEPIAN OGAN mengganti jamban cemplung di rumah panggung tepian Sungai Ogan dan "
            "Sungai Musi dengan jamban sehat bertangki septik komunal. Sebanyak 1.180 rumah kini memiliki "
            "jamban sehat, dan dua kelurahan dinyatakan bebas buang air besar sembarangan."
        ),
        "sections": {
            "summary": (
                "Program ini memadukan pemicuan perubahan perilaku, pembangunan tangki septik komunal yang "
                "sesuai untuk lahan rawa, dan arisan jamban bagi warga yang ingin membangun jamban sendiri."
            ),
            "background": (
                "Di Kelurahan Kemas Rindo, Ogan Baru, dan Kertapati banyak rumah panggung berdiri di atas "
                "rawa dan tepian sungai dengan jamban cemplung yang langsung membuang tinja ke air. Air "
                "sungai yang sama dipakai untuk mencuci, dan diare pada balita sering terjadi."
            ),
            "novelty": (
                "Tangki septik komunal berbahan fiber dirancang untuk tanah rawa pasang surut, dan "
                "pembiayaan dibagi melalui arisan jamban yang dikelola PKK. Pemuda setempat dilatih menjadi "
                "tukang sanitasi."
            ),
            "implementation": (
                "Pemicuan perilaku dimulai April 2022 bersama sanitarian Puskesmas Kertapati. Tangki septik "
                "komunal pertama selesai September 2022, dan sejak itu pembangunan berlanjut bertahap per RT "
                "sesuai kesiapan arisan jamban."
            ),
            "significance": (
                "Sebanyak 1.180 rumah kini memiliki jamban sehat, Kelurahan Kemas Rindo dan Ogan Baru "
                "dinyatakan ODF, dan kasus diare balita di wilayah Puskesmas Kertapati turun 35 persen."
            ),
            "adaptability": (
                "Desain tangki septik untuk lahan rawa pasang surut dan pola arisan jamban dapat diterapkan "
                "di kawasan tepian sungai lain di Sumatera dan Kalimantan yang memiliki rumah panggung "
                "serupa."
            ),
            "resources": (
                "Pembiayaan Rp1,4 miliar berasal dari DAK Sanitasi, dana kelurahan, CSR, dan swadaya warga. "
                "Melibatkan sanitarian puskesmas, 20 tukang sanitasi terlatih, dan kader PKK pengelola "
                "arisan."
            ),
            "sustainability": (
                "Kelompok pemanfaat memungut iuran penyedotan tangki septik, dan Dinas Perkim menjadwalkan "
                "penyedotan berkala. Kecamatan menargetkan seluruh kelurahan bebas buang air besar "
                "sembarangan pada 2026."
            ),
        },
    },
    {
        "unit": "Kecamatan Sako",
        "category": "Kecamatan",
        "title": "KAMPUNG BERSINAR – Kampung Bersih Narkoba Sako",
        "form": "other",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["trantibum", "pemberdayaan-masyarakat", "kepemudaan-olahraga"],
        "trial_date": "2023-01-16",
        "launch_date": "2023-06-26",
        "video_url": "",
        "summary": (
            "KAMPUNG BERSINAR menjadikan pemuda, tokoh agama, dan ketua RT sebagai relawan pencegahan "
            "narkoba di Kecamatan Sako, disertai kegiatan olahraga, pelatihan kerja, dan pendampingan "
            "rehabilitasi. Sebanyak 74 pengguna narkoba bersedia menjalani rehabilitasi."
        ),
        "sections": {
            "summary": (
                "KAMPUNG BERSINAR adalah program pencegahan dan pemulihan penyalahgunaan narkoba berbasis "
                "kampung di Kelurahan Sako, Sialang, dan Sukamaju. Relawan mendata titik rawan, menggelar "
                "liga futsal antar-RT, dan mendampingi keluarga pengguna untuk mengakses rehabilitasi."
            ),
            "background": (
                "Beberapa lorong di Sako dikenal sebagai lokasi peredaran narkoba, dan banyak remaja putus "
                "sekolah terjerumus sebagai pemakai dan kurir. Keluarga malu melapor karena takut anggota "
                "keluarganya dipenjara."
            ),
            "novelty": (
                "Pendekatan pemulihan, bukan penghukuman, dipadukan dengan kegiatan positif bagi pemuda. "
                "Kecamatan bekerja sama dengan BNN Kota Palembang agar pengguna mendapat rehabilitasi rawat "
                "jalan gratis tanpa proses hukum."
            ),
            "implementation": (
                "Pelatihan 60 relawan dimulai Januari 2023, dan kampung pertama dideklarasikan Juni 2023 di "
                "Kelurahan Sialang. Liga futsal antar-RT dan pelatihan kerja berlangsung setiap tahun."
            ),
            "significance": (
                "Sebanyak 74 pengguna narkoba menjalani rehabilitasi, 52 di antaranya dinyatakan pulih dan "
                "30 mendapatkan pekerjaan melalui pelatihan. Keterlibatan pemuda dalam kegiatan kampung "
                "meningkat, dan laporan warga tentang transaksi narkoba ke kepolisian bertambah."
            ),
            "adaptability": (
                "Program dapat diterapkan di kawasan rawan narkoba lain dengan dukungan BNN kabupaten/kota, "
                "karena bertumpu pada relawan kampung dan layanan rehabilitasi yang sudah tersedia."
            ),
            "resources": (
                "Biaya Rp90 juta per tahun dari DPA kecamatan, dana kelurahan, dan BNN. Melibatkan 60 "
                "relawan, 3 konselor adiksi, dan instruktur pelatihan kerja dari BLK."
            ),
            "sustainability": (
                "Relawan dibentuk dalam satgas kampung dengan SK Camat. Kegiatan olahraga dibiayai sponsor "
                "lokal, dan BNN menjamin layanan rehabilitasi berkelanjutan bagi warga yang membutuhkan."
            ),
        },
    },
    {
        "unit": "Kecamatan Seberang Ulu I",
        "category": "Kecamatan",
        "title": "IBU BERDAYA JUMPUTAN – Pelatihan dan Pemasaran Kain Jumputan",
        "form": "other",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["pemberdayaan-perempuan", "perindustrian"],
        "trial_date": "2022-06-13",
        "launch_date": "2022-12-05",
        "video_url": "https://www.youtube.com/watch?v=IbBrdyJmp5t",
        "summary": (
            "IBU BERDAYA JUMPUTAN melatih ibu rumah tangga di Seberang Ulu I membuat kain jumputan dengan "
            "pewarna alami dan memasarkannya secara bersama. Sebanyak 210 perempuan kini memiliki "
            "penghasilan rata-rata Rp1,6 juta per bulan."
        ),
        "sections": {
            "summary": (
                "Program ini melatih perempuan membuat jumputan, kain ikat-celup khas Palembang, mulai dari "
                "pengikatan motif, pewarnaan, hingga pemasaran daring. Produk dipasarkan melalui galeri "
                "bersama dan toko daring kelompok."
            ),
            "background": (
                "Banyak ibu rumah tangga di Kelurahan 1 Ulu, 3-4 Ulu, dan 5 Ulu tidak memiliki penghasilan "
                "tetap, sebagian kepala keluarga perempuan. Padahal kawasan ini memiliki tradisi kerajinan "
                "jumputan yang hampir punah."
            ),
            "novelty": (
                "Pewarna alami dari kulit kayu dan daun lokal menjadi pembeda produk di tengah jumputan "
                "berpewarna sintetis. Pengerjaan dapat dilakukan di rumah sehingga ibu tetap dapat mengurus "
                "anak."
            ),
            "implementation": (
                "Pelatihan pertama digelar Juni 2022 untuk 30 ibu. Galeri bersama dibuka Desember 2022 di "
                "Kelurahan 3-4 Ulu, dan pelatihan lanjutan tentang motif dan pemasaran daring digelar setiap "
                "tiga bulan."
            ),
            "significance": (
                "Sebanyak 210 perempuan tergabung dalam 9 kelompok dengan omzet bersama Rp340 juta pada "
                "2024. Jumputan produksi kelompok dipakai sebagai seragam batik sejumlah OPD melalui katalog "
                "lokal."
            ),
            "adaptability": (
                "Model kelompok perempuan berbasis kerajinan lokal dapat diterapkan di wilayah lain dengan "
                "mengangkat kerajinan khas setempat, seperti tenun, anyaman purun, atau sulam. Kurikulum "
                "pelatihan, pembagian peran dalam kelompok, dan pengelolaan galeri bersama telah dibukukan "
                "sebagai panduan."
            ),
            "resources": (
                "Biaya Rp110 juta dari DPA kecamatan, Dinas Perindustrian, dan CSR untuk bahan, alat "
                "pewarnaan, dan galeri. Didampingi 4 instruktur jumputan dan satu pendamping pemasaran."
            ),
            "sustainability": (
                "Kelompok telah membentuk koperasi wanita yang mengelola galeri dan pemasaran. Kecamatan "
                "memfasilitasi pameran rutin dan kerja sama dengan sekolah untuk pengadaan seragam."
            ),
        },
    },
    {
        "unit": "Kecamatan Seberang Ulu II",
        "category": "Kecamatan",
        "title": "SIDAK ANAK – Sistem Identifikasi Dini Anak Tidak Sekolah",
        "form": "governance",
        "kind": "digital",
        "phase": "trial",
        "initiator": "asn",
        "affairs": ["pendidikan", "sosial"],
        "trial_date": "2024-07-15",
        "launch_date": None,
        "video_url": "",
        "summary": (
            "SIDAK ANAK mencocokkan data kependudukan dengan data pokok pendidikan untuk menemukan anak usia "
            "sekolah yang tidak terdaftar di sekolah mana pun di Kecamatan Seberang Ulu II, lalu menugaskan "
            "ketua RT memastikan kondisinya. Uji coba menemukan 312 anak tidak sekolah."
        ),
        "sections": {
            "summary": (
                "SIDAK ANAK adalah dasbor sederhana yang memadukan data penduduk usia 7–18 tahun dengan data "
                "siswa dari Dapodik dan Emis. Anak yang tidak ditemukan di data sekolah masuk daftar "
                "verifikasi RT dan ditindaklanjuti bersama Dinas Pendidikan."
            ),
            "background": (
                "Anak putus sekolah di kawasan 8 Ulu hingga 16 Ulu sering tidak terpantau karena "
                "berpindah-pindah atau bekerja membantu orang tua. Data yang ada hanya bersifat perkiraan."
            ),
            "novelty": (
                "Pencocokan data berbasis NIK di tingkat kecamatan belum pernah dilakukan di Palembang. "
                "Hasilnya langsung dihubungkan dengan program kembali sekolah dan layanan dokumen "
                "kependudukan, bukan berhenti sebagai angka statistik."
            ),
            "implementation": (
                "Uji coba berjalan sejak Juli 2024 di lima kelurahan, bekerja sama dengan Disdukcapil untuk "
                "data penduduk dan Dinas Pendidikan untuk data siswa. Ketua RT memverifikasi setiap nama "
                "dalam dua minggu."
            ),
            "significance": (
                "Uji coba menemukan 312 anak tidak sekolah yang sebelumnya tidak tercatat. Sebanyak 118 anak "
                "telah kembali bersekolah atau mengikuti kejar paket, dan 64 anak dibantu pengurusan akta "
                "kelahiran serta KK. Kecamatan kini memiliki daftar nama, bukan sekadar perkiraan, untuk "
                "merencanakan intervensi."
            ),
            "adaptability": (
                "Metode pencocokan data dapat digunakan kecamatan lain yang memiliki akses data kependudukan "
                "sesuai perjanjian kerja sama dengan Disdukcapil, dengan lembar kerja dan panduan verifikasi "
                "yang sama."
            ),
            "resources": (
                "Biaya Rp20 juta dari DPA kecamatan untuk pelatihan, pencetakan daftar verifikasi, dan "
                "transportasi lapangan. Dasbor dikelola 2 staf kecamatan dengan lembar kerja sederhana, "
                "dibantu operator sekolah untuk data Dapodik dan 90 ketua RT yang memverifikasi langsung ke "
                "rumah warga."
            ),
            "sustainability": (
                "Kecamatan mengusulkan SIDAK ANAK diadopsi Dinas Pendidikan untuk tingkat kota dan "
                "dimasukkan dalam kerangka kerja penanganan anak tidak sekolah, dengan pencocokan data "
                "setiap awal tahun ajaran."
            ),
        },
    },
    {
        "unit": "Kecamatan Sematang Borang",
        "category": "Kecamatan",
        "title": "LAHAN TIDUR BANGKIT – Gerakan Tanam Cabai dan Sayur di Lahan Kosong",
        "form": "other",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["pertanian", "pangan"],
        "trial_date": "2022-07-01",
        "launch_date": "2023-01-02",
        "video_url": "https://www.youtube.com/watch?v=LhnTdrBgkt8",
        "summary": (
            "LAHAN TIDUR BANGKIT memanfaatkan 46 hektare lahan kosong milik perorangan dan pengembang di "
            "Sematang Borang untuk ditanami cabai, terong, dan kangkung oleh kelompok tani warga dengan "
            "perjanjian pinjam pakai. Produksi cabai membantu meredam lonjakan harga di pasar Palembang."
        ),
        "sections": {
            "summary": (
                "Program ini memfasilitasi perjanjian pinjam pakai antara pemilik lahan kosong dan kelompok "
                "tani, menyediakan benih dan pendampingan penyuluh, serta menghubungkan hasil panen dengan "
                "pasar dan pedagang."
            ),
            "background": (
                "Sematang Borang memiliki banyak lahan tidur yang dibeli untuk investasi dan dibiarkan "
                "menjadi semak. Di sisi lain, harga cabai di Palembang sering melonjak dan memicu inflasi "
                "daerah."
            ),
            "novelty": (
                "Kecamatan menjadi perantara perjanjian pinjam pakai yang melindungi hak pemilik lahan, dan "
                "kelompok tani terhubung langsung dengan pedagang di Pasar Induk Jakabaring tanpa tengkulak."
            ),
            "implementation": (
                "Dimulai Juli 2022 dengan 6 hektare di Kelurahan Lebung Gajah. Sejak 2023 diperluas menjadi "
                "46 hektare dengan 21 kelompok tani, dan penyuluh mendampingi setiap musim tanam."
            ),
            "significance": (
                "Produksi cabai mencapai 180 ton per tahun, dan 420 petani warga mendapat penghasilan "
                "tambahan. Lahan kosong yang dulu menjadi tempat pembuangan sampah kini produktif. Pasokan "
                "lokal membantu TPID menstabilkan harga cabai menjelang hari besar."
            ),
            "adaptability": (
                "Mekanisme pinjam pakai dapat diterapkan di pinggiran kota lain yang memiliki banyak lahan "
                "tidur milik perorangan atau pengembang. Contoh perjanjian, yang mengatur jangka waktu, "
                "kewajiban menjaga batas tanah, dan pengembalian lahan, telah dibagikan kepada kecamatan "
                "lain di Palembang."
            ),
            "resources": (
                "Benih dan pupuk dari Dinas Pertanian, traktor tangan dan pompa air dari CSR, serta Rp40 "
                "juta dari DPA kecamatan. Didampingi 3 penyuluh pertanian."
            ),
            "sustainability": (
                "Perjanjian pinjam pakai berdurasi tiga tahun dan dapat diperpanjang, sehingga petani cukup "
                "waktu untuk beberapa musim tanam. Kelompok tani menyisihkan 10 persen hasil panen untuk "
                "modal musim tanam berikutnya, dan penyuluh mendampingi pembentukan gabungan kelompok tani "
                "agar dapat mengakses KUR pertanian."
            ),
        },
    },
    {
        "unit": "Kecamatan Sukarami",
        "category": "Kecamatan",
        "title": "KAMPUNG RAMAH ANAK SUKARAMI – Ruang Bermain dan Taman Baca di Setiap Kelurahan",
        "form": "other",
        "kind": "non_digital",
        "phase": "initiative",
        "initiator": "community",
        "affairs": ["pemberdayaan-perempuan", "pendidikan"],
        "trial_date": None,
        "launch_date": None,
        "video_url": "",
        "summary": (
            "KAMPUNG RAMAH ANAK SUKARAMI adalah rencana menyiapkan ruang bermain aman, taman baca, dan pos "
            "pengaduan kekerasan terhadap anak di setiap kelurahan di Kecamatan Sukarami dengan memanfaatkan "
            "lahan fasilitas umum perumahan."
        ),
        "sections": {
            "summary": (
                "Inisiatif ini merencanakan ruang ramah anak di tujuh kelurahan, termasuk Sukabangun, "
                "Sukodadi, dan Talang Betutu, lengkap dengan taman baca dan pos pengaduan yang dikelola "
                "forum anak dan PKK."
            ),
            "background": (
                "Pertumbuhan perumahan di Sukarami tidak diiringi ruang bermain anak; lahan fasilitas umum "
                "banyak yang terbengkalai. Laporan kekerasan terhadap anak juga meningkat tanpa tempat "
                "pengaduan yang dekat."
            ),
            "novelty": (
                "Rencana ini menggabungkan ruang bermain, literasi, dan perlindungan anak dalam satu lokasi "
                "yang dikelola warga sendiri, dengan forum anak ikut merancang tata letak dan kegiatan."
            ),
            "implementation": (
                "Pada tahap inisiatif, kecamatan telah mendata 19 lahan fasilitas umum perumahan, "
                "menyelenggarakan musyawarah dengan pengembang dan forum anak, serta menyusun desain awal "
                "untuk dua lokasi percontohan."
            ),
            "significance": (
                "Jika terlaksana, sekitar 9.000 anak akan memiliki akses ruang bermain dalam jarak jalan "
                "kaki dari rumah. Pos pengaduan di setiap kelurahan memungkinkan kasus kekerasan terhadap "
                "anak dilaporkan lebih cepat dan dirujuk ke UPTD PPA."
            ),
            "adaptability": (
                "Konsep ini dapat diadopsi kecamatan lain yang memiliki lahan fasilitas umum perumahan "
                "terbengkalai. Desain dibuat modular sehingga dapat disesuaikan dengan luas lahan, dari "
                "pojok baca sederhana di lahan 100 meter persegi hingga taman bermain lengkap."
            ),
            "resources": (
                "Diperkirakan membutuhkan Rp350 juta dari DPA kecamatan, DPPPA, dan CSR pengembang untuk "
                "alat permainan, rak buku, dan pelatihan pengelola. Tenaga pengelola berasal dari forum "
                "anak, kader PKK, dan relawan mahasiswa, sedangkan buku disumbang Dinas Perpustakaan dan "
                "Kearsipan."
            ),
            "sustainability": (
                "Kecamatan akan mengusulkan kegiatan ini melalui musrenbang dan mengajak pengembang "
                "menyerahkan fasilitas umum kepada pemerintah kota agar pemeliharaannya terjamin. Setiap "
                "lokasi akan dikelola kelompok warga yang ditetapkan dengan SK Lurah dan dinilai setiap "
                "tahun dalam evaluasi Kota Layak Anak."
            ),
        },
    },
    # Category "UMKM Start-up Digital": one entry per digital start-up.
    {
        "unit": "PempekGo",
        "category": "UMKM Start-up Digital",
        "title": "PempekGo – Pesan Pempek Asli dari Dapur Wong Kito",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["perdagangan", "koperasi-ukm"],
        "trial_date": "2022-03-01",
        "launch_date": "2022-08-17",
        "video_url": "https://www.youtube.com/watch?v=PmpkGoDpr1x",
        "summary": (
            "PempekGo adalah aplikasi pemesanan pempek dari 230 produsen rumahan di Palembang, dengan "
            "pengiriman instan dalam kota dan pengiriman beku ke seluruh Indonesia. Produsen kecil kini "
            "menjangkau pembeli di 120 kota."
        ),
        "sections": {
            "summary": (
                "PempekGo menghubungkan pembeli dengan produsen pempek rumahan terkurasi. Pesanan dalam kota "
                "diantar kurir mitra, sedangkan pesanan luar kota dikemas vakum beku dan dikirim melalui "
                "ekspedisi berpendingin yang dikonsolidasi PempekGo."
            ),
            "background": (
                "Ribuan ibu rumah tangga di Palembang membuat pempek berkualitas, tetapi hanya menjual ke "
                "tetangga. Pengiriman ke luar kota sulit karena pempek cepat basi dan ongkos kirim tinggi. "
                "Pembeli luar daerah pun sulit membedakan pempek asli dari tiruan."
            ),
            "novelty": (
                "PempekGo mengkonsolidasi kiriman dari banyak produsen ke satu gudang pendingin di Ilir "
                "Timur II sehingga ongkos kirim per paket turun hingga 40 persen. Setiap produsen memiliki "
                "profil, sertifikat halal, dan ulasan pembeli."
            ),
            "implementation": (
                "Uji coba dengan 25 produsen dimulai Maret 2022, dan aplikasi diluncurkan Agustus 2022. Tim "
                "kurasi mengunjungi dapur produsen untuk memastikan standar kebersihan dan kadar ikan."
            ),
            "significance": (
                "PempekGo telah memproses 186.000 pesanan dengan nilai transaksi Rp14,6 miliar. Sebanyak 230 "
                "produsen bergabung, 170 di antaranya perempuan, dengan kenaikan omzet rata-rata 2,3 kali. "
                "Produk menjangkau 120 kota, termasuk pembeli di Malaysia melalui kiriman terkurasi. "
                "PempekGo mempekerjakan 34 orang dan bermitra dengan 80 kurir lokal. Dampak lain adalah "
                "naiknya permintaan ikan gabus dan tenggiri dari nelayan dan pembudidaya di sekitar "
                "Palembang."
            ),
            "adaptability": (
                "Model aplikasi dan gudang konsolidasi dapat diterapkan untuk makanan khas daerah lain, "
                "seperti gudeg atau rendang. PempekGo sendiri telah menambah kategori kemplang, kerupuk, dan "
                "sambal khas Palembang."
            ),
            "resources": (
                "Modal awal dari pendiri dan pendanaan angel Rp1,2 miliar. Tim teknologi 8 orang, tim kurasi "
                "5 orang, dan gudang pendingin berkapasitas 6 ton di Ilir Timur II."
            ),
            "sustainability": (
                "PempekGo memperoleh pendapatan dari komisi 8 persen dan layanan pengiriman beku, dan telah "
                "mencapai titik impas operasional pada 2024. Kerja sama dengan Dinkop UM memastikan aliran "
                "produsen baru yang sudah bersertifikat halal."
            ),
        },
    },
    {
        "unit": "Songket Digital Nusantara",
        "category": "UMKM Start-up Digital",
        "title": "SONGKET DIGITAL – Katalog dan Pra-Pesan Songket Langsung dari Penenun",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["perindustrian", "kebudayaan"],
        "trial_date": "2022-09-01",
        "launch_date": "2023-03-01",
        "video_url": "https://www.youtube.com/watch?v=SngktDgtlN2",
        "summary": (
            "Songket Digital Nusantara memungkinkan pembeli memesan songket Palembang langsung dari penenun "
            "di Kelurahan 30 Ilir dan Tuan Kentang, memantau proses tenun, dan menerima sertifikat keaslian "
            "ber-QR. Penenun memperoleh bagian harga hingga 70 persen, naik dari sekitar 35 persen."
        ),
        "sections": {
            "summary": (
                "Songket Digital Nusantara adalah platform katalog dan pra-pesan songket. Setiap kain "
                "memiliki paspor digital berisi nama motif, penenun, bahan benang, dan foto proses, yang "
                "dapat diakses melalui kode QR pada label."
            ),
            "background": (
                "Penenun songket menghabiskan satu hingga tiga bulan untuk selembar kain, tetapi harga "
                "sering ditentukan tengkulak. Songket mesin tiruan juga merusak pasar songket tenun tangan. "
                "Platform ini ingin mengembalikan nilai kerja penenun."
            ),
            "novelty": (
                "Fitur pra-pesan memberi uang muka 40 persen kepada penenun sebelum mulai menenun, dan "
                "pembeli menerima foto perkembangan setiap minggu. Arsip digital motif juga "
                "mendokumentasikan lebih dari 120 motif tradisional."
            ),
            "implementation": (
                "Uji coba dengan 18 penenun dimulai September 2022. Layanan resmi dibuka Maret 2023 melalui "
                "pameran di Museum Sultan Mahmud Badaruddin II, dan tim lapangan mendokumentasikan proses "
                "tenun setiap minggu."
            ),
            "significance": (
                "Sebanyak 146 penenun bergabung dan 2.400 kain terjual dengan nilai Rp9,8 miliar. Bagian "
                "harga yang diterima penenun naik dari sekitar 35 persen menjadi 70 persen, dan 60 penenun "
                "muda di bawah 30 tahun mulai menekuni songket kembali. Paspor digital membantu pembeli "
                "membedakan songket tenun tangan dari tiruan."
            ),
            "adaptability": (
                "Platform dan konsep paspor digital dapat dipakai untuk kain tradisional lain seperti tenun "
                "ikat, ulos, atau tapis, cukup dengan menambah data motif dan sentra tenun."
            ),
            "resources": (
                "Modal Rp650 juta dari pendiri dan hibah inkubator. Tim 9 orang, bekerja sama dengan 4 "
                "sentra tenun di 30 Ilir dan Tuan Kentang."
            ),
            "sustainability": (
                "Platform mengambil komisi 12 persen dan menjual kelas menenun bagi wisatawan. Kerja sama "
                "dengan Dinas Perindustrian dan Disbud menjamin pelatihan penenun baru setiap tahun."
            ),
        },
    },
    {
        "unit": "Ketek Online Musi",
        "category": "UMKM Start-up Digital",
        "title": "KETEK ONLINE – Pesan Perahu Ketek dan Wisata Sungai Musi dari Ponsel",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["perhubungan", "pariwisata"],
        "trial_date": "2023-02-01",
        "launch_date": "2023-06-10",
        "video_url": "https://www.youtube.com/watch?v=KtkOnlnMs9q",
        "summary": (
            "Ketek Online Musi memungkinkan warga dan wisatawan memesan perahu ketek untuk penyeberangan "
            "maupun wisata ke Pulau Kemaro dengan tarif transparan dan pembayaran non-tunai. Sebanyak 96 "
            "motoris ketek bergabung dan pendapatannya naik rata-rata 45 persen."
        ),
        "sections": {
            "summary": (
                "Ketek Online Musi adalah aplikasi pemesanan perahu ketek dan speedboat di Sungai Musi. "
                "Pengguna memilih dermaga, jadwal, dan jumlah penumpang, lalu membayar melalui QRIS. Setiap "
                "motoris dilengkapi pelampung standar dan data kapal terverifikasi."
            ),
            "background": (
                "Ketek masih menjadi transportasi penting bagi warga tepian Musi, tetapi penumpangnya "
                "menurun karena tarif tidak pasti dan wisatawan tidak tahu cara memesan. Motoris sering "
                "menunggu berjam-jam di dermaga tanpa penumpang."
            ),
            "novelty": (
                "Aplikasi menampilkan posisi ketek secara waktu nyata, tarif tetap per rute, dan paket "
                "wisata seperti susur sungai malam ke Jembatan Ampera. Pemesanan rombongan dapat dibagi ke "
                "beberapa ketek."
            ),
            "implementation": (
                "Uji coba dilakukan di Dermaga Benteng Kuto Besak dan 7 Ulu pada Februari 2023. Aplikasi "
                "diluncurkan penuh Juni 2023 dengan 12 dermaga, dan setiap motoris dilatih menggunakan "
                "aplikasi serta keselamatan penumpang."
            ),
            "significance": (
                "Sebanyak 41.000 perjalanan tercatat, 96 motoris bergabung, dan pendapatan motoris naik "
                "rata-rata 45 persen. Setiap ketek mitra kini memiliki pelampung untuk seluruh penumpang, "
                "dan keluhan tarif dari wisatawan praktis hilang."
            ),
            "adaptability": (
                "Aplikasi dapat dipakai untuk transportasi sungai dan danau di kota lain seperti "
                "Banjarmasin, Pontianak, dan Jambi, dengan menyesuaikan daftar dermaga dan tarif."
            ),
            "resources": (
                "Modal Rp420 juta dari pendiri dan program inkubasi, dipakai untuk pengembangan aplikasi, "
                "pelampung, dan perangkat GPS di setiap ketek. Tim 6 orang mengelola aplikasi, didukung 96 "
                "motoris mitra dan 12 koordinator dermaga."
            ),
            "sustainability": (
                "Pendapatan berasal dari komisi 10 persen dan penjualan paket wisata. Kerja sama dengan "
                "Dinas Perhubungan untuk pelatihan keselamatan dan dengan Dinas Pariwisata untuk promosi "
                "diperbarui setiap tahun."
            ),
        },
    },
    {
        "unit": "Pasar Tani Digital Sako",
        "category": "UMKM Start-up Digital",
        "title": "PASAR TANI DIGITAL – Sayur Segar Langsung dari Petani Palembang",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["pertanian", "perdagangan", "pangan"],
        "trial_date": "2022-10-03",
        "launch_date": "2023-02-01",
        "video_url": "",
        "summary": (
            "Pasar Tani Digital Sako menjual sayur, buah, dan ikan segar langsung dari 310 petani dan "
            "pembudidaya di Sako, Sematang Borang, dan Gandus kepada rumah tangga dan rumah makan. Petani "
            "menerima harga 25–40 persen lebih tinggi dibanding menjual ke tengkulak."
        ),
        "sections": {
            "summary": (
                "Pasar Tani Digital Sako adalah platform pemesanan hasil tani dengan sistem pesan malam, "
                "antar pagi. Pesanan dikumpulkan hingga pukul 21.00, petani memanen dini hari, dan barang "
                "diantar sebelum pukul 09.00."
            ),
            "background": (
                "Petani di pinggiran Palembang bergantung pada tengkulak yang menentukan harga, sementara "
                "warga kota membeli sayur yang sudah berpindah tangan tiga sampai empat kali. Banyak panen "
                "terbuang karena tidak terserap."
            ),
            "novelty": (
                "Sistem pesan malam, antar pagi membuat petani hanya memanen sesuai pesanan sehingga sisa "
                "panen minimal. Rumah makan dapat berlangganan paket mingguan untuk bahan pindang dan "
                "lalapan."
            ),
            "implementation": (
                "Uji coba dengan 40 petani di Kelurahan Sako Baru dimulai Oktober 2022. Platform diluncurkan "
                "Februari 2023 dan kini melayani seluruh Palembang dengan gudang transit di Sako."
            ),
            "significance": (
                "Sebanyak 310 petani bergabung, 14.500 pelanggan rumah tangga dan 120 rumah makan "
                "berlangganan. Petani menerima harga 25–40 persen lebih tinggi, dan sisa panen terbuang "
                "berkurang drastis. Platform juga menjadi rujukan harga bagi TPID."
            ),
            "adaptability": (
                "Model ini dapat diterapkan di kota lain yang dikelilingi kawasan pertanian, karena hanya "
                "memerlukan gudang transit kecil, armada pengantar, dan jadwal panen yang disepakati dengan "
                "kelompok tani. Aplikasi pemesanan dapat diganti katalog WhatsApp pada tahap awal."
            ),
            "resources": (
                "Modal Rp380 juta dari pendiri dan investor lokal, dipakai untuk aplikasi, ruang pendingin, "
                "dan kendaraan. Tim 11 orang mengelola pesanan dan sortir, dengan 7 armada pengantar dan "
                "satu gudang transit di Sako."
            ),
            "sustainability": (
                "Pendapatan berasal dari selisih harga 15 persen dan ongkos kirim. Kemitraan dengan Dinas "
                "Pertanian untuk pendampingan budidaya dan dengan Bank Sumsel Babel untuk pembiayaan petani."
            ),
        },
    },
    {
        "unit": "Kirim Kemplang",
        "category": "UMKM Start-up Digital",
        "title": "KIRIM KEMPLANG – Agregator Ekspor Kerupuk dan Kemplang Palembang",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["perdagangan", "perindustrian"],
        "trial_date": "2023-04-03",
        "launch_date": "2023-09-01",
        "video_url": "https://www.youtube.com/watch?v=KrmKmplng4e",
        "summary": (
            "Kirim Kemplang mengumpulkan kemplang dan kerupuk dari 85 produsen rumahan, menstandarkan mutu "
            "dan kemasan, lalu menjualnya ke ritel nasional dan pembeli luar negeri. Produsen di Kampung "
            "Kemplang 1 Ulu kini menembus pasar Malaysia, Brunei, dan Hong Kong."
        ),
        "sections": {
            "summary": (
                "Kirim Kemplang adalah platform agregator B2B untuk kerupuk dan kemplang Palembang. Pembeli "
                "grosir memesan melalui web, dan produk dikemas ulang dengan standar ekspor di rumah kemas "
                "bersama."
            ),
            "background": (
                "Produsen kemplang di sentra 1 Ulu dan Kertapati memiliki kapasitas besar tetapi tidak mampu "
                "memenuhi syarat ritel modern dan ekspor: label gizi, kemasan kedap, dan pengiriman dalam "
                "jumlah besar."
            ),
            "novelty": (
                "Platform menyediakan rumah kemas bersama, pengujian kadar air, dan pengurusan dokumen "
                "ekspor, sehingga produsen kecil cukup fokus memproduksi kemplang yang bermutu. Setiap "
                "kemasan mencantumkan nama produsen, sehingga merek kampung tetap dikenal di pasar luar "
                "negeri."
            ),
            "implementation": (
                "Uji coba dengan 20 produsen dimulai April 2023. Platform diluncurkan September 2023, dan "
                "ekspor pertama sebanyak satu kontainer ke Malaysia dikirim pada Desember 2023."
            ),
            "significance": (
                "Sebanyak 85 produsen bergabung, 26 kontainer dan 140 ton produk terjual dengan nilai Rp7,2 "
                "miliar. Pendapatan produsen naik rata-rata 55 persen, dan 120 tenaga kerja baru terserap."
            ),
            "adaptability": (
                "Model rumah kemas bersama dapat diterapkan untuk produk olahan pangan lain di daerah mana "
                "pun yang memiliki banyak produsen kecil, misalnya keripik, dodol, atau ikan asin, dengan "
                "menyesuaikan standar mutu dan negara tujuan."
            ),
            "resources": (
                "Modal Rp900 juta dari pendiri dan investor lokal. Tim 14 orang mengelola platform dan rumah "
                "kemas berkapasitas 3 ton per hari di Kertapati."
            ),
            "sustainability": (
                "Margin agregasi 12 persen membiayai operasional. Kirim Kemplang bekerja sama dengan Dinas "
                "Perdagangan untuk misi dagang dan dengan BPOM untuk pendampingan izin edar."
            ),
        },
    },
    {
        "unit": "Belajar Bareng Wong Kito",
        "category": "UMKM Start-up Digital",
        "title": "BELAJAR BARENG WONG KITO – Bimbingan Belajar Daring Murah oleh Mahasiswa Lokal",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["pendidikan"],
        "trial_date": "2022-07-11",
        "launch_date": "2022-12-12",
        "video_url": "https://www.youtube.com/watch?v=BljrBrngWK6",
        "summary": (
            "Belajar Bareng Wong Kito menyediakan bimbingan belajar daring kelompok kecil dengan tutor "
            "mahasiswa Palembang seharga Rp50.000 per bulan, serta kelas gratis bagi siswa dari keluarga "
            "penerima bantuan. Sebanyak 7.900 siswa telah belajar di platform ini."
        ),
        "sections": {
            "summary": (
                "Platform ini mempertemukan siswa SD hingga SMA dengan tutor mahasiswa dari perguruan tinggi "
                "di Palembang. Kelas berisi maksimal delapan siswa melalui video, dengan materi mengikuti "
                "Kurikulum Merdeka dan penjelasan yang akrab dengan keseharian siswa Palembang."
            ),
            "background": (
                "Bimbingan belajar bermerek nasional terlalu mahal bagi sebagian besar keluarga Palembang, "
                "sementara ribuan mahasiswa membutuhkan penghasilan tambahan. Kesenjangan hasil belajar "
                "antara sekolah di pusat kota dan pinggiran juga lebar."
            ),
            "novelty": (
                "Model subsidi silang: setiap 10 siswa berbayar mendanai satu kursi gratis bagi siswa dari "
                "keluarga DTKS. Aplikasi dirancang hemat kuota agar bisa dipakai di ponsel sederhana."
            ),
            "implementation": (
                "Uji coba Juli 2022 dengan 150 siswa, diluncurkan Desember 2022. Kerja sama dengan 12 "
                "sekolah negeri di Kertapati dan Sako dijalin pada 2023."
            ),
            "significance": (
                "Sebanyak 7.900 siswa belajar, 1.100 di antaranya gratis. Nilai rata-rata matematika siswa "
                "mitra naik 14 poin pada asesmen sekolah. Sebanyak 420 mahasiswa mendapat penghasilan "
                "rata-rata Rp1,2 juta per bulan."
            ),
            "adaptability": (
                "Model subsidi silang dan tutor mahasiswa dapat diterapkan di kota mana pun yang memiliki "
                "perguruan tinggi, karena materi mengikuti kurikulum nasional. Contoh soal dan penjelasan "
                "cukup disesuaikan dengan konteks sehari-hari siswa setempat."
            ),
            "resources": (
                "Modal Rp300 juta dari pendiri dan hibah inkubator kampus, dipakai untuk platform video "
                "hemat kuota dan bank soal. Tim inti 7 orang mengelola platform, seleksi, dan pelatihan 420 "
                "tutor mahasiswa terverifikasi."
            ),
            "sustainability": (
                "Pendapatan berasal dari langganan dan kerja sama sekolah. Kemitraan dengan Dinas Pendidikan "
                "dan Baznas menjamin pendanaan kursi gratis bagi siswa dari keluarga miskin."
            ),
        },
    },
    {
        "unit": "Laundry Kito",
        "category": "UMKM Start-up Digital",
        "title": "LAUNDRY KITO – Jaringan Laundry Rumahan Ibu-Ibu Palembang",
        "form": "other",
        "kind": "digital",
        "phase": "trial",
        "initiator": "community",
        "affairs": ["koperasi-ukm", "pemberdayaan-perempuan"],
        "trial_date": "2024-05-06",
        "launch_date": None,
        "video_url": "",
        "summary": (
            "Laundry Kito menghubungkan pelanggan dengan 140 ibu rumah tangga pengelola laundry rumahan "
            "melalui aplikasi, lengkap dengan jemput-antar, standar harga, dan jaminan kualitas. Pada masa "
            "uji coba, pendapatan mitra naik rata-rata 60 persen."
        ),
        "sections": {
            "summary": (
                "Laundry Kito adalah aplikasi yang mengarahkan pesanan cuci ke mitra laundry rumahan "
                "terdekat. Pelanggan memesan jemput-antar, mitra mencuci di rumah, dan kurir Laundry Kito "
                "mengantar kembali. Standar deterjen, pengemasan, dan waktu selesai diawasi melalui ulasan."
            ),
            "background": (
                "Banyak ibu rumah tangga di Palembang membuka laundry kiloan di rumah tetapi kesulitan "
                "mendapat pelanggan di luar lingkungannya. Mahasiswa dan pekerja di kawasan kos seperti "
                "Bukit Besar membutuhkan laundry yang terpercaya dan dapat dijemput."
            ),
            "novelty": (
                "Mitra mendapat pelatihan standar layanan, deterjen grosir yang lebih murah, dan pembukuan "
                "digital. Pesanan dibagi otomatis berdasarkan jarak dan kapasitas mesin cuci mitra, sehingga "
                "tidak ada mitra yang kebanjiran pesanan sementara yang lain sepi."
            ),
            "implementation": (
                "Uji coba berjalan sejak Mei 2024 di Ilir Barat I, Kemuning, dan Bukit Kecil. Mitra direkrut "
                "melalui PKK kelurahan dan wajib mengikuti pelatihan standar layanan."
            ),
            "significance": (
                "Dalam uji coba, 140 mitra melayani 21.000 pesanan dan pendapatan mitra naik rata-rata 60 "
                "persen. Waktu selesai rata-rata 28 jam, dan keluhan pakaian tertukar atau rusak di bawah 1 "
                "persen. Ibu rumah tangga memperoleh penghasilan tanpa meninggalkan rumah."
            ),
            "adaptability": (
                "Dapat diterapkan di kota dengan banyak laundry rumahan dan kawasan kos mahasiswa atau "
                "pekerja. Karena mitra bekerja dari rumah, perluasan ke kota baru cukup dimulai dari "
                "perekrutan melalui PKK dan pengadaan kurir."
            ),
            "resources": (
                "Modal Rp250 juta dari pendiri untuk aplikasi, kantong cucian berlabel, dan sepeda motor "
                "kurir. Tim 5 orang mengelola aplikasi dan kualitas layanan, didukung 12 kurir jemput-antar."
            ),
            "sustainability": (
                "Model komisi 10 persen membiayai operasional. Laundry Kito bekerja sama dengan Dinkop UM "
                "untuk membentuk koperasi mitra laundry agar mitra dapat membeli mesin cuci secara kredit."
            ),
        },
    },
    {
        "unit": "Parkir Pintar Wong Kito",
        "category": "UMKM Start-up Digital",
        "title": "PARKIR PINTAR – Bayar Parkir Tepi Jalan Non-Tunai dengan QRIS",
        "form": "other",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "community",
        "affairs": ["perhubungan", "keuangan"],
        "trial_date": "2023-08-01",
        "launch_date": "2024-02-01",
        "video_url": "https://www.youtube.com/watch?v=PrkrPntrWK0",
        "summary": (
            "Parkir Pintar Wong Kito membekali juru parkir tepi jalan dengan kartu QRIS dan aplikasi "
            "pencatat, sehingga pengendara membayar parkir non-tunai dan retribusi tercatat transparan. "
            "Setoran retribusi di ruas mitra naik 2,8 kali lipat."
        ),
        "sections": {
            "summary": (
                "Parkir Pintar Wong Kito adalah aplikasi pencatatan dan pembayaran parkir tepi jalan. Juru "
                "parkir memindai pelat nomor, pengendara membayar melalui QRIS, dan bagi hasil otomatis "
                "masuk ke rekening juru parkir dan kas daerah."
            ),
            "background": (
                "Retribusi parkir tepi jalan Palembang jauh di bawah potensinya karena pembayaran tunai "
                "sulit diawasi dan setoran juru parkir tidak tercatat. Pengendara juga sering mengeluhkan "
                "tarif yang tidak sesuai ketentuan."
            ),
            "novelty": (
                "Aplikasi bekerja di ponsel murah dan tetap mencatat transaksi saat tidak ada sinyal. Juru "
                "parkir menerima bagi hasil harian dan didaftarkan sebagai peserta BPJS Ketenagakerjaan."
            ),
            "implementation": (
                "Uji coba dimulai Agustus 2023 di Jalan Kolonel Atmo dan Jalan Sudirman. Aplikasi "
                "diluncurkan Februari 2024 di 48 ruas bekerja sama dengan Dinas Perhubungan, yang menetapkan "
                "tarif dan ruas."
            ),
            "significance": (
                "Setoran retribusi di 48 ruas mitra naik 2,8 kali lipat. Sebanyak 260 juru parkir kini "
                "memiliki penghasilan tercatat dan jaminan sosial ketenagakerjaan, dan aduan tarif parkir di "
                "kanal pengaduan kota turun tajam."
            ),
            "adaptability": (
                "Dapat diterapkan di kota lain melalui kerja sama dengan dinas perhubungan dan bank daerah "
                "penyedia QRIS. Tarif, daftar ruas, dan persentase bagi hasil diatur sebagai parameter, "
                "sehingga mengikuti peraturan daerah masing-masing."
            ),
            "resources": (
                "Modal Rp520 juta dari pendiri dan investor untuk aplikasi, ponsel juru parkir, dan rompi "
                "bernomor. Tim 8 orang mengelola sistem dan pendampingan lapangan, dengan 260 juru parkir "
                "mitra yang masing-masing memegang kartu QRIS."
            ),
            "sustainability": (
                "Pendapatan berasal dari biaya layanan per transaksi, tanpa membebani APBD. Kontrak kerja "
                "sama dengan pemerintah kota diperbarui setiap tiga tahun berdasarkan capaian retribusi, dan "
                "Dinas Perhubungan menjadikan pembayaran non-tunai syarat bagi juru parkir resmi."
            ),
        },
    },
]

# In the catalogue, but not entered in the current edition.
EXTRA_DISKOMINFO_INNOVATIONS = [
    {
        "unit": "Dinas Komunikasi dan Informatika",
        "category": None,
        "title": "WIFI KITO – Internet Gratis di Ruang Publik dan Balai RT",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "regional_head",
        "affairs": ["kominfo"],
        "trial_date": "2022-02-01",
        "launch_date": "2022-07-01",
        "video_url": "",
        "summary": (
            "WIFI KITO menyediakan akses internet gratis di 640 titik ruang publik Palembang, mulai dari "
            "taman kota, dermaga, hingga balai RT dan masjid di kampung padat. Setiap hari tercatat "
            "rata-rata 38.000 pengguna, sebagian besar pelajar dan pelaku usaha mikro."
        ),
        "sections": {
            "summary": (
                "WIFI KITO adalah jaringan titik akses internet gratis milik Pemerintah Kota Palembang yang "
                "dikelola Diskominfo. Pengguna masuk dengan nomor ponsel, kuota dibatasi dua jam per hari, "
                "dan situs negatif disaring. Titik akses diprioritaskan di kawasan dengan banyak keluarga "
                "berpenghasilan rendah."
            ),
            "background": (
                "Pembelajaran jarak jauh pada masa pandemi memperlihatkan banyak pelajar di kampung padat "
                "tidak mampu membeli kuota. Pelaku usaha mikro juga membutuhkan internet untuk berjualan "
                "daring. WIFI KITO bertujuan mempersempit kesenjangan digital antarwilayah kota."
            ),
            "novelty": (
                "Lokasi titik akses ditentukan dengan peta kemiskinan dan usulan musrenbang, bukan hanya di "
                "pusat keramaian. Balai RT dan masjid menjadi ‘pojok belajar’ dengan jadwal khusus pelajar "
                "pada sore hari."
            ),
            "implementation": (
                "Uji coba 60 titik dimulai Februari 2022, diperluas bertahap menjadi 640 titik hingga 2024. "
                "Pengurus RT dan takmir masjid menjadi penanggung jawab perangkat di lokasi."
            ),
            "significance": (
                "Rata-rata 38.000 pengguna per hari dengan puncak pada sore hari. Survei Diskominfo "
                "menunjukkan 61 persen pengguna adalah pelajar, dan 2.800 pelaku usaha mikro memakai WIFI "
                "KITO untuk berjualan daring. Pengeluaran kuota rumah tangga di sekitar titik akses "
                "berkurang rata-rata Rp75.000 per bulan."
            ),
            "adaptability": (
                "Daerah lain dapat mereplikasi dengan skema sewa bandwidth dan penempatan titik akses "
                "berbasis data kemiskinan, bukan hanya di pusat keramaian. Pola penanggung jawab lokal dari "
                "pengurus RT dan takmir masjid menekan biaya pemeliharaan perangkat."
            ),
            "resources": (
                "Anggaran APBD sekitar Rp2,1 miliar per tahun untuk bandwidth dan perangkat, dikelola 6 "
                "teknisi jaringan Diskominfo dan penanggung jawab di setiap lokasi."
            ),
            "sustainability": (
                "Biaya bandwidth masuk belanja rutin Diskominfo, dan kerja sama dengan operator "
                "telekomunikasi diperbarui setiap tahun. Titik akses yang sepi pengguna dipindahkan ke "
                "lokasi usulan warga."
            ),
        },
    },
]

# The 2022 edition, category "Perangkat Daerah": place 1-3 juara, 4-6 harapan 1-3, None unranked.
PAST_2022_ENTRIES = [
    {
        "unit": "Dinas Komunikasi dan Informatika",
        "category": "Perangkat Daerah",
        "title": "Si Demang",
        "form": "governance",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "place": 1,
        "affairs": ["kominfo", "adminduk", "pemberdayaan-masyarakat"],
        "trial_date": "2021-02-01",
        "launch_date": "2021-08-17",
        "video_url": "https://www.youtube.com/watch?v=SiDmngKmnf1",
        "summary": (
            "Si Demang (Sistem Informasi Data Elektronik dan Manajemen Administrasi Kelurahan) mendigitalkan "
            "administrasi 107 kelurahan di Palembang: surat-menyurat, buku register, data penduduk per RT, "
            "dan profil kelurahan dalam satu aplikasi. Juara 1 Kompetisi Inovasi Pelayanan Publik Kota "
            "Palembang 2022."
        ),
        "sections": {
            "summary": (
                "Si Demang adalah aplikasi administrasi kelurahan yang menggantikan buku register manual. "
                "Surat keterangan, data RT/RW, inventaris aset, dan laporan bulanan kelurahan dikelola dalam "
                "satu sistem yang terhubung dengan kecamatan dan Diskominfo."
            ),
            "background": (
                "Sebelum Si Demang, setiap kelurahan mencatat surat di buku tulis dan membuat laporan "
                "bulanan secara manual. Data penduduk per RT tidak pernah sama antara kelurahan dan "
                "kecamatan, dan pencarian arsip surat lama bisa memakan waktu berhari-hari."
            ),
            "novelty": (
                "Si Demang menjadi aplikasi pertama di Palembang yang menyeragamkan administrasi seluruh "
                "kelurahan, dengan penomoran surat otomatis, tanda tangan elektronik lurah, dan dasbor "
                "pemantauan bagi camat."
            ),
            "implementation": (
                "Uji coba dimulai Februari 2021 di 10 kelurahan. Setelah pelatihan 320 operator kelurahan, "
                "Si Demang diterapkan di 107 kelurahan sejak Agustus 2021, dan Diskominfo membuka layanan "
                "bantuan setiap hari kerja."
            ),
            "significance": (
                "Waktu penerbitan surat keterangan turun dari rata-rata 2 hari menjadi 30 menit, dan 142.000 "
                "surat tercatat dalam tahun pertama. Laporan bulanan kelurahan tersusun otomatis, dan "
                "kecamatan dapat memantau kinerja layanan secara waktu nyata. Data RT yang seragam menjadi "
                "dasar pendataan vaksinasi COVID-19 dan bantuan sosial pada 2021."
            ),
            "adaptability": (
                "Si Demang dapat diadopsi pemerintah daerah lain untuk administrasi desa maupun kelurahan, "
                "karena jenis surat dan register dapat diatur sendiri. Dua kabupaten di Sumatera Selatan "
                "telah mempelajarinya."
            ),
            "resources": (
                "Dikembangkan tim internal Diskominfo yang terdiri atas 3 pranata komputer, dengan APBD "
                "Rp260 juta untuk server dan pelatihan. Aplikasi dijalankan oleh 320 operator kelurahan dan "
                "dipantau 18 admin kecamatan."
            ),
            "sustainability": (
                "Penggunaan Si Demang diwajibkan melalui Peraturan Wali Kota, biaya server masuk anggaran "
                "rutin Diskominfo, dan aplikasi menjadi fondasi layanan digital kelurahan berikutnya."
            ),
        },
    },
    {
        "unit": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "category": "Perangkat Daerah",
        "title": "SITA",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "place": 2,
        "affairs": ["penanaman-modal"],
        "trial_date": "2021-04-05",
        "launch_date": "2021-10-01",
        "video_url": "https://www.youtube.com/watch?v=SitaDpmPts2",
        "summary": (
            "SITA (Sistem Informasi Terpadu Perizinan) memungkinkan pemohon memantau status setiap izin "
            "secara waktu nyata dan menerima notifikasi di setiap tahapan, dari berkas masuk hingga izin "
            "terbit. Juara 2 Kompetisi Inovasi Pelayanan Publik Kota Palembang 2022."
        ),
        "sections": {
            "summary": (
                "SITA adalah sistem pelacakan perizinan terpadu di DPM-PTSP. Setiap berkas mendapat nomor "
                "registrasi, dan pemohon dapat melihat di meja siapa berkasnya berada dan berapa lama lagi "
                "prosesnya."
            ),
            "background": (
                "Pemohon izin sering datang ke kantor hanya untuk menanyakan status berkas, karena tidak ada "
                "informasi tentang tahapan yang sedang berjalan. Ketidakjelasan proses juga membuka peluang "
                "calo dan pungutan liar."
            ),
            "novelty": (
                "SITA menampilkan lini waktu setiap berkas kepada pemohon dan pimpinan, serta memberi "
                "peringatan kepada petugas ketika berkas mendekati batas waktu standar pelayanan."
            ),
            "implementation": (
                "Uji coba dimulai April 2021 untuk izin reklame dan izin usaha. Sejak Oktober 2021 SITA "
                "diterapkan untuk 28 jenis izin, dan setiap petugas wajib memperbarui status berkas saat "
                "berpindah meja."
            ),
            "significance": (
                "Kunjungan untuk menanyakan status berkas turun 70 persen, dan izin yang melewati batas "
                "waktu standar turun dari 24 persen menjadi 6 persen. Praktik calo di sekitar kantor "
                "perizinan berkurang nyata."
            ),
            "adaptability": (
                "Sistem pelacakan dapat diterapkan pada layanan apa pun yang melibatkan beberapa meja atau "
                "instansi. Dua kabupaten di Sumatera Selatan telah melakukan studi tiru."
            ),
            "resources": (
                "Dikembangkan dengan APBD Rp185 juta untuk aplikasi, layar informasi di ruang tunggu, dan "
                "notifikasi SMS. Sistem dikelola 3 pranata komputer dan dijalankan 20 petugas perizinan di "
                "front office dan back office."
            ),
            "sustainability": (
                "SITA diatur dalam standar pelayanan DPM-PTSP, dan kepatuhan petugas memperbarui status "
                "berkas menjadi bagian penilaian kinerja. Data lini waktu berkas menjadi fondasi layanan "
                "perizinan daring berikutnya."
            ),
        },
    },
    {
        "unit": "Dinas Tenaga Kerja",
        "category": "Perangkat Daerah",
        "title": "Siska",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "asn",
        "place": 3,
        "affairs": ["tenaga-kerja"],
        "trial_date": "2021-03-01",
        "launch_date": "2021-09-01",
        "video_url": "",
        "summary": (
            "Siska (Sistem Informasi Kesempatan Kerja) mengumpulkan informasi lowongan dari perusahaan di "
            "Palembang dan menyebarkannya melalui web, media sosial, dan papan informasi di kelurahan, "
            "sehingga pencari kerja mendapat informasi resmi dan bebas penipuan. Juara 3 Kompetisi Inovasi "
            "Pelayanan Publik Kota Palembang 2022."
        ),
        "sections": {
            "summary": (
                "Siska adalah portal informasi lowongan kerja resmi Disnaker yang memuat lowongan "
                "terverifikasi dari perusahaan wajib lapor ketenagakerjaan. Informasi juga dikirim ke "
                "kelurahan untuk ditempel di papan pengumuman."
            ),
            "background": (
                "Penipuan lowongan kerja yang meminta uang pendaftaran marak di Palembang pada masa pandemi, "
                "sementara informasi lowongan resmi sulit diakses warga yang baru kehilangan pekerjaan."
            ),
            "novelty": (
                "Setiap lowongan diverifikasi langsung dengan perusahaan sebelum tayang dan diberi tanda "
                "‘terverifikasi Disnaker’. Pencari kerja dapat melaporkan lowongan mencurigakan dengan satu "
                "klik, dan laporan ditindaklanjuti bersama kepolisian."
            ),
            "implementation": (
                "Uji coba berjalan sejak Maret 2021 dengan 40 perusahaan. Siska diluncurkan September 2021 "
                "dengan 120 perusahaan pelapor, dan informasi dikirim rutin ke 107 kelurahan."
            ),
            "significance": (
                "Dalam setahun Siska menayangkan 3.400 lowongan terverifikasi dan dikunjungi 210.000 kali. "
                "Laporan penipuan lowongan yang masuk ke Disnaker turun 60 persen, dan perusahaan mendapat "
                "kanal resmi untuk mengumumkan lowongan tanpa biaya."
            ),
            "adaptability": (
                "Portal ini dapat diterapkan dinas tenaga kerja mana pun dengan biaya rendah, karena hanya "
                "memerlukan situs web, akun media sosial, dan prosedur verifikasi lowongan yang jelas."
            ),
            "resources": (
                "Dikembangkan dengan APBD Rp90 juta untuk situs web dan promosi. Portal dikelola 4 pegawai "
                "Disnaker yang memverifikasi lowongan setiap hari kerja."
            ),
            "sustainability": (
                "Siska ditetapkan sebagai kanal resmi informasi lowongan Disnaker, dan perusahaan wajib "
                "lapor ketenagakerjaan diminta mengumumkan lowongannya di sana. Siska menjadi cikal bakal "
                "layanan bursa kerja daring yang lebih lengkap."
            ),
        },
    },
    {
        "unit": "Dinas Pemadam Kebakaran dan Penyelamatan",
        "category": "Perangkat Daerah",
        "title": "REDKAR LORONG – Relawan Pemadam Kebakaran Lorong",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "agency",
        "place": 4,
        "affairs": ["trantibum"],
        "trial_date": "2021-01-11",
        "launch_date": "2021-06-01",
        "video_url": "https://www.youtube.com/watch?v=RdkrLrngDmk",
        "summary": (
            "REDKAR LORONG melatih dan membekali warga di lorong-lorong sempit yang tidak dapat dimasuki "
            "mobil pemadam dengan alat pemadam ringan dan pompa portabel, sehingga api dapat ditangani "
            "sebelum petugas tiba. Harapan 1 Kompetisi Inovasi Pelayanan Publik Kota Palembang 2022."
        ),
        "sections": {
            "summary": (
                "REDKAR LORONG adalah program relawan pemadam kebakaran tingkat lorong. Setiap kelompok "
                "relawan mendapat pelatihan, alat pemadam api ringan, selang, dan pompa portabel yang "
                "disimpan di pos lorong."
            ),
            "background": (
                "Kebakaran di permukiman padat rumah kayu di Palembang cepat meluas, sementara mobil pemadam "
                "tidak dapat masuk lorong sempit. Menit-menit awal sebelum petugas tiba menentukan besarnya "
                "kerugian."
            ),
            "novelty": (
                "Relawan memanfaatkan sumber air dari sungai dan parit dengan pompa portabel, dan terhubung "
                "langsung dengan pos pemadam terdekat melalui radio. Setiap lorong memiliki peta jalur "
                "evakuasi yang dipasang di pos ronda."
            ),
            "implementation": (
                "Uji coba dimulai Januari 2021 di 15 lorong di Kecamatan Ilir Timur I dan Seberang Ulu I, "
                "lalu diperluas ke 120 lorong hingga Juni 2021."
            ),
            "significance": (
                "Sebanyak 1.400 relawan terlatih di 120 lorong. Dalam setahun relawan menangani 37 kejadian "
                "kebakaran awal, dan jumlah rumah terbakar per kejadian di lorong sasaran turun dari "
                "rata-rata 6 menjadi 2 rumah."
            ),
            "adaptability": (
                "Program dapat direplikasi di kota lain yang memiliki permukiman padat dan sulit dijangkau "
                "kendaraan pemadam. Kurikulum pelatihan relawan disusun bersama instruktur pemadam dan dapat "
                "dipakai ulang."
            ),
            "resources": (
                "APBD Rp420 juta untuk alat pemadam api ringan, 120 pompa portabel, selang, dan pelatihan. "
                "Pelatihan diberikan 30 instruktur dari Dinas Pemadam Kebakaran dan Penyelamatan."
            ),
            "sustainability": (
                "Relawan dikukuhkan dengan SK Kepala Dinas dan dilatih ulang setiap tahun, sementara alat "
                "dirawat dengan iuran warga. Simulasi kebakaran digelar bersama relawan setiap menjelang "
                "musim kemarau."
            ),
        },
    },
    {
        "unit": "Dinas Perdagangan",
        "category": "Perangkat Daerah",
        "title": "PASAR KITO DARING – Belanja Pasar Tradisional dari Rumah",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "place": 5,
        "affairs": ["perdagangan"],
        "trial_date": "2020-07-01",
        "launch_date": "2020-11-02",
        "video_url": "",
        "summary": (
            "PASAR KITO DARING memungkinkan warga memesan kebutuhan pokok dari pedagang pasar tradisional "
            "melalui WhatsApp dan aplikasi, lalu diantar jasa ojek lokal. Program ini menjaga omzet pedagang "
            "pasar selama pandemi. Harapan 2 Kompetisi Inovasi Pelayanan Publik Kota Palembang 2022."
        ),
        "sections": {
            "summary": (
                "PASAR KITO DARING adalah layanan belanja daring untuk enam pasar tradisional, termasuk "
                "Pasar Cinde, Pasar Lemabang, dan Pasar Kebun Semai. Petugas pasar menjadi admin pesanan "
                "yang meneruskan pesanan kepada pedagang."
            ),
            "background": (
                "Pembatasan kegiatan pada masa pandemi menurunkan pengunjung pasar tradisional hingga 60 "
                "persen, sementara warga enggan berbelanja di tempat ramai dan pedagang kehilangan "
                "pendapatan harian."
            ),
            "novelty": (
                "Layanan memanfaatkan WhatsApp yang sudah akrab bagi pedagang, dengan admin pasar sebagai "
                "perantara sehingga pedagang tidak perlu memiliki ponsel pintar. Harga mengikuti harga pasar "
                "hari itu dan diumumkan setiap pagi."
            ),
            "implementation": (
                "Uji coba dimulai Juli 2020 di Pasar Cinde, lalu diperluas ke enam pasar sejak November 2020 "
                "dengan dua admin di setiap pasar."
            ),
            "significance": (
                "Sebanyak 52.000 pesanan dilayani hingga awal 2022, melibatkan 480 pedagang dan 150 "
                "pengemudi ojek. Omzet pedagang yang bergabung turun jauh lebih kecil dibanding pedagang "
                "lain."
            ),
            "adaptability": (
                "Mudah diterapkan di pasar mana pun karena hanya memakai WhatsApp, admin pasar, dan ojek "
                "lokal, tanpa perlu membangun aplikasi baru."
            ),
            "resources": (
                "Biaya Rp60 juta dari APBD untuk honor 12 admin pasar dan promosi. Pengantaran dilakukan 150 "
                "pengemudi ojek lokal dengan ongkos yang dibayar pembeli."
            ),
            "sustainability": (
                "Setelah pandemi, layanan dilanjutkan pengelola pasar sebagai layanan tambahan bagi "
                "pelanggan tetap, terutama lansia dan rumah makan yang memesan rutin."
            ),
        },
    },
    {
        "unit": "Dinas Kesehatan",
        "category": "Perangkat Daerah",
        "title": "VAKSIN NGETOK PINTU – Vaksinasi COVID-19 Jemput Bola",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "agency",
        "place": 6,
        "affairs": ["kesehatan"],
        "trial_date": "2021-08-02",
        "launch_date": "2021-09-06",
        "video_url": "https://www.youtube.com/watch?v=VksnNgtkPn3",
        "summary": (
            "VAKSIN NGETOK PINTU mengirim tim vaksinator puskesmas dari rumah ke rumah bagi lansia dan warga "
            "yang sulit datang ke sentra vaksinasi, dengan pendataan oleh ketua RT. Harapan 3 Kompetisi "
            "Inovasi Pelayanan Publik Kota Palembang 2022."
        ),
        "sections": {
            "summary": (
                "Program ini menugaskan tim vaksinator keliling dari 41 puskesmas untuk memvaksin lansia, "
                "penyandang disabilitas, dan warga terbaring sakit di rumah, berdasarkan daftar yang disusun "
                "ketua RT."
            ),
            "background": (
                "Cakupan vaksinasi lansia di Palembang pada pertengahan 2021 masih rendah karena lansia "
                "sulit datang ke sentra vaksinasi dan khawatir tertular saat antre di keramaian."
            ),
            "novelty": (
                "Pendataan berbasis RT dan kunjungan rumah terjadwal menjadikan vaksinasi lebih personal, "
                "disertai pemeriksaan kesehatan singkat sebelum penyuntikan. Tokoh masyarakat ikut dalam "
                "kunjungan untuk meyakinkan lansia yang ragu."
            ),
            "implementation": (
                "Uji coba dimulai Agustus 2021 di Kecamatan Kertapati dan Sako. Sejak September 2021 program "
                "diterapkan di seluruh kota dengan 82 tim vaksinator keliling yang bekerja menurut daftar "
                "kunjungan dari ketua RT."
            ),
            "significance": (
                "Sebanyak 46.000 dosis diberikan di rumah warga, dan cakupan vaksinasi lansia naik dari 21 "
                "persen menjadi 68 persen dalam empat bulan. Ribuan penyandang disabilitas dan warga "
                "terbaring sakit terlindungi tanpa harus meninggalkan rumah."
            ),
            "adaptability": (
                "Pola jemput bola berbasis RT dapat dipakai untuk program imunisasi lain, seperti imunisasi "
                "kejar balita atau vaksinasi influenza lansia, di daerah mana pun."
            ),
            "resources": (
                "Program memakai tenaga vaksinator dan logistik rantai dingin puskesmas, dengan tambahan "
                "biaya transportasi Rp140 juta dari APBD."
            ),
            "sustainability": (
                "Setelah masa pandemi, pola kunjungan rumah diteruskan untuk imunisasi kejar dan layanan "
                "lansia di puskesmas, dengan daftar sasaran tetap dari ketua RT."
            ),
        },
    },
    {
        "unit": "Dinas Perhubungan",
        "category": "Perangkat Daerah",
        "title": "BUS SEKOLAH KITO – Angkutan Sekolah Gratis dari Pinggiran Kota",
        "form": "public_service",
        "kind": "non_digital",
        "phase": "implementation",
        "initiator": "regional_head",
        "place": None,
        "affairs": ["perhubungan", "pendidikan"],
        "trial_date": "2021-09-06",
        "launch_date": "2022-01-10",
        "video_url": "",
        "summary": (
            "BUS SEKOLAH KITO menyediakan angkutan gratis bagi pelajar dari kawasan pinggiran seperti "
            "Gandus, Sematang Borang, dan Kertapati menuju sekolah di pusat kota, dengan rute dan jadwal "
            "tetap."
        ),
        "sections": {
            "summary": (
                "Program ini mengoperasikan 12 bus sekolah di enam rute pinggiran pada pagi dan siang hari. "
                "Pelajar naik dengan kartu pelajar tanpa biaya."
            ),
            "background": (
                "Pelajar di pinggiran kota menghabiskan biaya transportasi besar dan sering terlambat karena "
                "angkutan umum jarang melintas di kawasan seperti Pulokerto dan Keramasan."
            ),
            "novelty": (
                "Rute disusun berdasarkan alamat siswa dari data sekolah, bukan trayek angkutan umum yang "
                "sudah ada. Posisi bus dapat dipantau orang tua melalui grup WhatsApp rute, dan setiap bus "
                "didampingi kondektur."
            ),
            "implementation": (
                "Uji coba dimulai September 2021 dengan 4 bus di dua rute. Program diluncurkan Januari 2022 "
                "dengan 12 bus di enam rute, melayani jam berangkat pagi dan jam pulang siang."
            ),
            "significance": (
                "Sekitar 2.600 pelajar terlayani setiap hari, dengan penghematan biaya transportasi keluarga "
                "rata-rata Rp200.000 per bulan. Sekolah mitra mencatat keterlambatan siswa berkurang, dan "
                "orang tua tidak lagi khawatir anaknya menumpang kendaraan bak terbuka."
            ),
            "adaptability": (
                "Dapat diterapkan di kota lain yang memiliki armada bus milik pemerintah daerah, dengan rute "
                "yang dirancang dari data alamat siswa."
            ),
            "resources": (
                "APBD Rp1,8 miliar per tahun untuk bahan bakar, perawatan 12 bus, dan honor 24 pengemudi "
                "serta kondektur."
            ),
            "sustainability": (
                "Anggaran operasional masuk belanja rutin Dinas Perhubungan, dan rute ditinjau setiap awal "
                "tahun ajaran."
            ),
        },
    },
    {
        "unit": "Dinas Pertamanan dan Pemakaman",
        "category": "Perangkat Daerah",
        "title": "SIMAKAM – Sistem Informasi Makam",
        "form": "public_service",
        "kind": "digital",
        "phase": "implementation",
        "initiator": "agency",
        "place": None,
        "affairs": ["perumahan"],
        "trial_date": "2021-05-03",
        "launch_date": "2021-11-01",
        "video_url": "",
        "summary": (
            "SIMAKAM memetakan petak-petak di TPU milik Pemerintah Kota Palembang, sehingga keluarga dapat "
            "mengetahui ketersediaan petak, mencari lokasi makam kerabat, dan membayar retribusi secara "
            "daring."
        ),
        "sections": {
            "summary": (
                "SIMAKAM adalah basis data dan peta digital makam di tujuh TPU kota, termasuk TPU Kandang "
                "Kawat dan TPU Puncak Sekuning. Keluarga dapat mencari makam berdasarkan nama dan membayar "
                "retribusi perpanjangan."
            ),
            "background": (
                "Pencatatan makam di TPU kota sebelumnya manual dan tidak lengkap, sehingga sering terjadi "
                "tumpang tindih petak dan pungutan tidak resmi oleh oknum. Keluarga dari luar kota juga "
                "kesulitan menemukan makam kerabatnya."
            ),
            "novelty": (
                "Setiap petak memiliki koordinat dan kode unik yang tercetak pada patok, dan pembayaran "
                "retribusi dilakukan non-tunai sehingga tidak ada uang tunai yang berpindah tangan di "
                "lokasi."
            ),
            "implementation": (
                "Pendataan 58.000 petak di tujuh TPU dilakukan Mei–Oktober 2021 oleh petugas TPU dan "
                "mahasiswa. Layanan pencarian makam dan pembayaran retribusi dibuka untuk masyarakat pada "
                "November 2021."
            ),
            "significance": (
                "Pendapatan retribusi makam naik 85 persen, kasus tumpang tindih petak tidak lagi terjadi, "
                "dan keluarga dari luar kota dapat menemukan makam kerabatnya dengan mudah."
            ),
            "adaptability": (
                "Dapat diterapkan oleh pengelola TPU di daerah lain, cukup dengan pendataan petak dan "
                "pemasangan patok berkode."
            ),
            "resources": (
                "APBD Rp150 juta untuk pendataan, patok berkode, dan aplikasi. Sistem dikelola 4 pegawai "
                "Dinas Pertamanan dan Pemakaman."
            ),
            "sustainability": (
                "Petugas TPU memperbarui data setiap ada pemakaman baru, dan retribusi yang meningkat "
                "menutup biaya pemeliharaan aplikasi."
            ),
        },
    },
]
