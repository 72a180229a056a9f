# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# mailmedic_embed(TARGET NAME PREFIX [NO_COMPRESS] FILE...)
# Embeds the files under :/PREFIX/ (each by its file name) into TARGET, whose
# code calls Q_INIT_RESOURCE(NAME) (the libraries are static). The resource
# file is generated, so a new data file needs no CMake change, and rcc runs
# by hand, so files produced during the same build (lrelease's .qm) work too.
# NO_COMPRESS keeps the files as they are, so the program reads them in place.
function(mailmedic_embed target name prefix)
    cmake_parse_arguments(PARSE_ARGV 3 _embed "NO_COMPRESS" "" "")
    set(_files ${_embed_UNPARSED_ARGUMENTS})
    set(_options)
    if(_embed_NO_COMPRESS)
        set(_options --no-compress)
    endif()
    set(_qrc "${CMAKE_CURRENT_BINARY_DIR}/${name}.qrc")
    set(_body "<RCC>\n  <qresource prefix=\"/${prefix}\">\n")
    foreach(_f IN LISTS _files)
        get_filename_component(_n ${_f} NAME)
        string(APPEND _body "    <file alias=\"${_n}\">${_f}</file>\n")
    endforeach()
    string(APPEND _body "  </qresource>\n</RCC>\n")
    file(GENERATE OUTPUT ${_qrc} CONTENT "${_body}")
    set(_cpp "${CMAKE_CURRENT_BINARY_DIR}/qrc_${name}.cpp")
    add_custom_command(OUTPUT ${_cpp}
        COMMAND Qt${QT_VERSION_MAJOR}::rcc ${_options} --name ${name} --output ${_cpp} ${_qrc}
        DEPENDS ${_qrc} ${_files}
        COMMENT "Embedding ${name}" VERBATIM)
    set_source_files_properties(${_cpp} PROPERTIES SKIP_AUTOMOC ON SKIP_AUTOUIC ON SKIP_AUTORCC ON)
    target_sources(${target} PRIVATE ${_cpp})
endfunction()
