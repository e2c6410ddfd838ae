# Packaging (issue 7). The scripts live in tests/packaging/; this file only registers them
# (tests/CMakeLists.txt includes tests/integration/*.test.cmake).
#   PackageDeb            cpack -G DEB (fixture for the others)
#   PackageLint           control fields, file list, desktop-file-validate, appstreamcli, man page,
#                         icons, systemd units, lintian (no errors)
#   PackageInstallChroot  dpkg -i into a debootstrapped Debian 12, run, remove, purge
#   PackageOfflineBundle  packaging/offline-bundle.sh, installed into Debian 12 with no network
# The chroot tests need root and the Debian archive; the bare Debian 12 root they share is made
# once per build directory (or in $VAULTOCR_PKGTEST_CACHE) and then reused.
set(_pkg_scripts ${PROJECT_SOURCE_DIR}/tests/packaging)
set(_pkg_work ${PROJECT_BINARY_DIR}/packaging-test)
set(_pkg_debs ${_pkg_work}/deb)
if(DEFINED ENV{VAULTOCR_PKGTEST_CACHE})
  set(_pkg_cache $ENV{VAULTOCR_PKGTEST_CACHE})
else()
  set(_pkg_cache ${_pkg_work}/cache)
endif()
set(_pkg_env "OMP_THREAD_LIMIT=1;QT_QPA_PLATFORM=offscreen")

add_test(NAME PackageDeb
  COMMAND ${_pkg_scripts}/build-deb.sh ${PROJECT_BINARY_DIR} ${_pkg_debs} ${PROJECT_VERSION})
add_test(NAME PackageLint
  COMMAND ${_pkg_scripts}/lint-deb.sh ${_pkg_debs} ${PROJECT_VERSION})
add_test(NAME PackageInstallChroot
  COMMAND ${_pkg_scripts}/install-chroot.sh ${_pkg_debs} ${PROJECT_VERSION} ${_pkg_work}
          ${_pkg_cache} ${PROJECT_SOURCE_DIR}/resources/sample)
add_test(NAME PackageOfflineBundle
  COMMAND ${_pkg_scripts}/offline-bundle.sh ${PROJECT_SOURCE_DIR} ${_pkg_debs} ${PROJECT_VERSION}
          ${_pkg_work} ${_pkg_cache} ${PROJECT_SOURCE_DIR}/resources/sample)

set_tests_properties(PackageDeb PROPERTIES LABELS packaging TIMEOUT 600 ENVIRONMENT "${_pkg_env}"
                     FIXTURES_SETUP vaultocr_deb)
set_tests_properties(PackageLint PROPERTIES LABELS packaging TIMEOUT 600 ENVIRONMENT "${_pkg_env}"
                     FIXTURES_REQUIRED vaultocr_deb)
# Both chroot tests unpack hundreds of packages with dpkg: one at a time on a 2-core machine.
set_tests_properties(PackageInstallChroot PackageOfflineBundle PROPERTIES
                     LABELS "packaging;slow" TIMEOUT 1800 ENVIRONMENT "${_pkg_env}" SKIP_RETURN_CODE 77
                     FIXTURES_REQUIRED vaultocr_deb RESOURCE_LOCK debian_chroot)
