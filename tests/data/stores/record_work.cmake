# SPDX-License-Identifier: GPL-3.0-or-later
# Included by record.sh into an old version's configure (CMAKE_PROJECT_INCLUDE): once the version's own targets exist,
# record_work is built against its dispatch_core.
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL cmake_language EVAL CODE [[
    add_executable(record_work ${RECORD_WORK_SOURCE})
    target_link_libraries(record_work PRIVATE dispatch_core)
    target_compile_definitions(record_work PRIVATE RECORD_SCHEMA=${RECORD_SCHEMA})
]])
