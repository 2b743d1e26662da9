# Installs the build into a temporary prefix and checks that every file lands where Linux
# desktops look for it. Run by CTest: cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -P CheckInstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(expected
        "bin/observatoire"
        "share/applications/${APP_ID}.desktop"
        "share/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "share/icons/hicolor/256x256/apps/${APP_ID}.png"
        "share/observatoire/translations/observatoire_fr.qm"
        "share/observatoire/translations/observatoire_en.qm")
    if(NOT EXISTS "${PREFIX}/${expected}")
        message(FATAL_ERROR "missing after install: ${expected}")
    endif()
endforeach()
file(READ "${PREFIX}/share/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "Icon=${APP_ID}" OR NOT desktop MATCHES "Exec=observatoire")
    message(FATAL_ERROR "the desktop entry does not name the icon and the program")
endif()
# The installed program finds its translations beside it.
execute_process(COMMAND "${PREFIX}/bin/observatoire" --help
    OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT help MATCHES "Commandes")
    message(FATAL_ERROR "the installed program does not speak French: ${help}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "install layout: 1 passed, 0 failed")
