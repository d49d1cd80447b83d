# `cpack -G DEB` in the build folder makes a .deb for Debian 12: dpkg-shlibdeps finds the
# libraries; what Qt loads at run time as a plugin (the SVG icon engine) it
# cannot see, so those are named here.
set(CPACK_PACKAGE_NAME cartera)
set(CPACK_PACKAGE_VENDOR "The Cartera developers")
set(CPACK_PACKAGE_CONTACT "The Cartera developers <maintainers@cartera.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer portfolio manager: lifecycle stages, cohort flow, Pareto 80/20")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Cartera imports purchases from CSV files, classifies every customer into a lifecycle\n"
    "stage (new, adolescent, mature, veteran), shows how customers move between the stages,\n"
    "ranks them Pareto 80/20 and tracks the recovery of lost customers. It comes as a Qt\n"
    "desktop app (cartera) and a command line (cartera-cli) over the same portfolio files.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${CARTERA_HOMEPAGE})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(CARTERA_BUILD_GUI)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
  # Qt's own buttons and dialogs in Spanish and Russian; the app's words are built in.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-translations-l10n")
endif()
include(CPack)
